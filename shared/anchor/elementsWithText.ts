import { elementText } from './elementText.ts';
import { normalizeText } from './normalizeText.ts';

/** Whitespace that normalizeText would rewrite. */
const UNNORMALIZED = /\s\s|[^\S ]/;

const DIRECT_LIMIT = 200;

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * Elements of `scope` matching `selector` whose normalized text equals `text`. Walks up only from
 * text nodes that are part of `text`, and stops at the first ancestor whose text is already longer
 * (an ancestor's text contains its descendants'), so a page of thousands of `div`s costs one pass
 * over its text nodes rather than reading every container's text. When the selector matches only a
 * few elements, their text is read directly. Results are in document order; `memo` shares them
 * between the selectors of one resolution (a role and a text candidate often ask the same).
 */
export function elementsWithText(scope: Document | ShadowRoot, selector: string, text: string, memo?: Map<string, Element[]>): Element[] {
  if (!text) return [];
  const key = `text\u0000${selector}\u0000${text}`;
  const known = memo?.get(key);
  if (known) return known;
  const found = collect(scope, selector, text);
  memo?.set(key, found);
  return found;
}

function collect(scope: Document | ShadowRoot, selector: string, text: string): Element[] {
  let scoped: NodeListOf<Element>;
  try {
    scoped = scope.querySelectorAll(selector);
  } catch {
    return [];
  }
  // Few elements in scope (`button`, `a`): read their text directly. (Only `length` is read
  // otherwise: touching thousands of elements from JS is what costs.)
  if (scoped.length <= DIRECT_LIMIT) return Array.from(scoped).filter((element) => elementText(element) === text);
  const doc = scope.ownerDocument ?? (scope as Document);
  const seen = new Set<Element>();
  const found: Element[] = [];
  const walker = doc.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Every text node inside a matching element is part of its text: others rule out their ancestors.
    const own = (node.nodeValue ?? '').trim();
    if (!own || !(text.includes(own) || (UNNORMALIZED.test(own) && text.includes(normalizeText(own))))) continue;
    for (let element = node.parentElement; element && !seen.has(element); element = element.parentElement) {
      seen.add(element);
      const whole = elementText(element);
      if (whole.length > text.length) break;
      if (whole === text && matches(element, selector)) found.push(element);
    }
  }
  return found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}
