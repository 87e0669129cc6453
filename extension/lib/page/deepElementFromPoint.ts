/** The innermost element at a point, descending into open shadow roots. */
export function deepElementFromPoint(x: number, y: number, ignore: Element): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot && element !== ignore) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element === ignore ? null : element;
}
