import { readAnchorAttribute } from './readAnchorAttribute.ts';

/** The attributes a fingerprint keeps, when present and non-empty. */
export const ANCHOR_ATTRIBUTES = ['type', 'name', 'href', 'placeholder', 'title', 'alt'] as const;

/** The few identifying attributes of an element (`href` as its path). */
export function anchorAttributes(element: Element): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const name of ANCHOR_ATTRIBUTES) {
    const value = readAnchorAttribute(element, name);
    if (value) attributes[name] = value;
  }
  return attributes;
}
