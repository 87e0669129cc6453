import { normalizeText } from './normalizeText.ts';

/** Form controls whose text content is options or an initial value, not a label. */
const CONTROLS = new Set(['input', 'select', 'textarea']);

/** The element's text as stored on a fingerprint: normalized text content ('' for form controls). */
export function elementText(element: Element): string {
  if (CONTROLS.has(element.localName.toLowerCase())) return '';
  return normalizeText(element.textContent ?? '');
}
