import { elementRole } from './elementRole.ts';
import { normalizeText } from './normalizeText.ts';

/** Roles whose accessible name comes from their content. */
const NAME_FROM_CONTENT = new Set([
  'button', 'link', 'heading', 'cell', 'columnheader', 'rowheader', 'tab', 'menuitem', 'menuitemcheckbox',
  'menuitemradio', 'option', 'treeitem', 'checkbox', 'radio', 'switch', 'tooltip',
]);

/** Text of `node` without the text of `skip` (a labelled control inside its own label). */
function textWithout(node: Node, skip: Element): string {
  if (node === skip) return '';
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) text += ` ${textWithout(child, skip)}`;
  return text;
}

/** Text of an element's content, falling back to the label of an icon inside it (img alt, aria-label, svg title). */
function contentName(element: Element): string {
  const text = normalizeText(element.textContent ?? '');
  if (text) return text;
  const icon = element.querySelector('img[alt], [aria-label], svg title');
  if (!icon) return '';
  return normalizeText(icon.getAttribute('alt') ?? icon.getAttribute('aria-label') ?? icon.textContent ?? '');
}

/**
 * A small approximation of the accessible name: aria-labelledby, aria-label, associated labels,
 * alt / value of image and button inputs, content for roles named from content, then title and
 * placeholder. Whitespace-normalized, at most 300 characters.
 */
export function accessibleName(element: Element): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
    if (normalizeText(text)) return normalizeText(text);
  }
  const ariaLabel = normalizeText(element.getAttribute('aria-label') ?? '');
  if (ariaLabel) return ariaLabel;
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = normalizeText(Array.from(labels, (label) => textWithout(label, element)).join(' '));
    if (text) return text;
  }
  const tag = element.localName.toLowerCase();
  const type = (element.getAttribute('type') ?? '').toLowerCase();
  if (tag === 'img' || tag === 'area' || (tag === 'input' && type === 'image')) {
    const alt = normalizeText(element.getAttribute('alt') ?? '');
    if (alt) return alt;
  }
  if (tag === 'input' && ['button', 'submit', 'reset'].includes(type)) {
    return normalizeText(element.getAttribute('value') ?? (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : ''));
  }
  if (NAME_FROM_CONTENT.has(elementRole(element))) {
    const text = contentName(element);
    if (text) return text;
  }
  return normalizeText(element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '');
}
