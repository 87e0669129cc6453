/** `tag[name="value"]` (tag optional), the value escaped with `CSS.escape`. */
export function attributeSelector(name: string, value: string, tag = ''): string {
  return `${tag ? CSS.escape(tag) : ''}[${name}="${CSS.escape(value)}"]`;
}
