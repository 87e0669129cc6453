import { accessibleName } from '../../../shared/anchor/accessibleName.ts';
import { elementRole } from '../../../shared/anchor/elementRole.ts';
import { normalizeText } from '../../../shared/anchor/normalizeText.ts';

const ROLE_WORDS: Record<string, string> = {
  button: 'button', link: 'link', textbox: 'field', searchbox: 'search field', combobox: 'menu', listbox: 'list', checkbox: 'checkbox',
  radio: 'option', switch: 'switch', tab: 'tab', menuitem: 'menu item', img: 'image', heading: 'heading', listitem: 'item', row: 'row',
  cell: 'cell', slider: 'slider', spinbutton: 'number field', navigation: 'navigation', form: 'form', dialog: 'dialog',
};
const CONTAINERS = 'nav, header, footer, aside, main, form, section, dialog, [role="toolbar"], [role="navigation"], [role="dialog"], [role="region"], table, ul, ol';
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const roleWord = (element: Element) => ROLE_WORDS[elementRole(element)] ?? (element.localName === 'svg' ? 'icon' : element.localName === 'img' ? 'image' : 'element');

/** Text just before the element that reads as its label (a preceding sibling or the parent's own text). */
function nearbyLabel(element: Element): string {
  for (let sibling = element.previousElementSibling, hops = 0; sibling && hops < 2; sibling = sibling.previousElementSibling, hops++) {
    const text = normalizeText(sibling.textContent ?? '');
    if (text && text.length <= 60) return text;
  }
  const parent = element.parentElement;
  if (!parent) return '';
  let own = '';
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === Node.TEXT_NODE) own += node.nodeValue ?? '';
  const text = normalizeText(own);
  return text.length <= 60 ? text : '';
}

/** The name of the region around the element: its label, its heading, or the landmark's word. */
function containerName(element: Element): string {
  const container = element.parentElement?.closest(CONTAINERS);
  if (!container) return '';
  const name = accessibleName(container) || normalizeText(container.querySelector('h1, h2, h3, h4, legend, caption')?.textContent ?? '');
  if (name) return `“${short(name)}”`;
  const role = roleWord(container);
  return role === 'element' ? '' : `the ${role}`;
}

/**
 * What a person would call the element, to title a step: `“Connect chatbot”` when it has a name,
 * else its nearby label (`the “Email” field`), else its role and position in words (`the second
 * button in the toolbar`).
 */
export function elementTitle(element: Element): string {
  const name = accessibleName(element);
  if (name) return `“${short(name)}”`;
  const word = roleWord(element);
  const label = nearbyLabel(element);
  if (label) return `the “${short(label)}” ${word}`;
  const role = elementRole(element);
  const scope = element.parentElement?.closest(CONTAINERS) ?? element.ownerDocument.body;
  const alike = Array.from(scope.querySelectorAll(element.localName)).filter((el) => elementRole(el) === role);
  const index = alike.indexOf(element);
  const where = containerName(element);
  const position = alike.length > 1 && index >= 0 ? `${index === alike.length - 1 ? 'last' : (ORDINALS[index] ?? `${index + 1}th`)} ` : '';
  return `the ${position}${word}${where ? ` in ${where}` : ''}`;
}
