import { normalizeText } from './normalizeText.ts';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function collect(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const element = node as Element;
  if (node.nodeType === Node.ELEMENT_NODE) {
    if (SKIPPED.has(element.localName)) return;
    if (element.localName === 'slot') {
      const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
      for (const child of assigned.length ? assigned : Array.from(element.childNodes)) collect(child, out);
      return;
    }
    if (element.shadowRoot) {
      collect(element.shadowRoot, out);
      return;
    }
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    out.push(' ');
    collect(child, out);
  }
}

/** The text a user sees in an element, through open shadow roots and slots, whitespace-normalized (at most 300 characters). */
export function composedText(element: Element): string {
  const out: string[] = [];
  collect(element, out);
  return normalizeText(out.join(''));
}
