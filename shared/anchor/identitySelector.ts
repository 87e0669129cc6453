import { attributeSelector } from './attributeSelector.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';
import { TEST_ID_ATTRIBUTES } from './testIdAttributes.ts';

/** A selector naming the element by its own identity (test id, then a stable id), or null when it has none. */
export function identitySelector(element: Element): string | null {
  for (const name of TEST_ID_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !isGeneratedToken(value)) return attributeSelector(name, value);
  }
  const id = element.getAttribute('id');
  if (id && !isGeneratedToken(id)) return `#${CSS.escape(id)}`;
  return null;
}
