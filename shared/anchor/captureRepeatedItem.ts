import type { RepeatedItem } from '../schema/anchor.ts';
import { attributeSelector } from './attributeSelector.ts';
import { composedParent } from './composedParent.ts';
import { identitySelector } from './identitySelector.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';
import { repeatedItemKey } from './repeatedItemKey.ts';
import { shadowHostChain } from './shadowHostChain.ts';
import { stableClasses } from './stableClasses.ts';
import { pathSegment } from './pathSegment.ts';
import { TEST_ID_ATTRIBUTES } from './testIdAttributes.ts';

/** How far above the element a row is looked for (a control in a row, a label in a card). */
const MAX_LEVELS = 8;

/** What look-alike items share: tag plus a shared test id, else its stable classes, else a custom element's tag. */
function itemSignature(element: Element): string | null {
  const tag = element.localName.toLowerCase();
  for (const name of TEST_ID_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value && !isGeneratedToken(value)) return attributeSelector(name, value, tag);
  }
  const classes = stableClasses(element);
  if (classes.length > 0) return CSS.escape(tag) + classes.slice(0, 3).map((name) => `.${CSS.escape(name)}`).join('');
  return tag.includes('-') ? CSS.escape(tag) : null;
}

function matches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** The item selector within its root: prefixed by the list's own identity when it has one, so another list's rows do not count. */
function scopedItemSelector(item: Element, signature: string): string {
  const parent = item.parentElement;
  const identity = parent ? identitySelector(parent) : null;
  if (!identity) return signature;
  try {
    return (item.getRootNode() as Document | ShadowRoot).querySelectorAll(identity).length === 1 ? `${identity} > ${signature}` : signature;
  } catch {
    return signature;
  }
}

/** From the item down to the element: `:scope` or `:scope …` within the item, then one selector per nested shadow root. */
function pathFromItem(item: Element, element: Element): string[] | null {
  if (element === item) return [':scope'];
  const path: string[] = [];
  let node = element;
  for (let hop = 0; hop < 10; hop++) {
    const tree = node.getRootNode();
    const inItemTree = tree === item.getRootNode();
    const own = ownSelector(node, item);
    let selector = own ?? '';
    if (!own) {
      const segments: string[] = [];
      for (let current = node; ; ) {
        segments.unshift(pathSegment(current));
        const parent = current.parentNode;
        if (inItemTree ? parent === item : parent === tree) break;
        if (!(parent instanceof Element) || segments.length > 12) return null;
        current = parent;
      }
      selector = segments.join(' > ');
    }
    if (inItemTree) {
      path.unshift(own ? `:scope ${own}` : `:scope > ${selector}`);
      return path;
    }
    path.unshift(selector);
    const host = (tree as ShadowRoot).host;
    if (host === item) {
      path.unshift(':scope');
      return path;
    }
    node = host;
  }
  return null;
}

/** The element's test id / stable id when it names it alone within the item (or within the shadow tree it sits in). */
function ownSelector(element: Element, item: Element): string | null {
  const identity = identitySelector(element);
  if (!identity) return null;
  const tree = element.getRootNode();
  const scope: ParentNode = tree === item.getRootNode() ? item : (tree as ShadowRoot);
  try {
    return scope.querySelectorAll(identity).length === 1 ? identity : null;
  } catch {
    return null;
  }
}

/**
 * The repeated structure around an element (a row of a list, a card of a grid), crossing open
 * shadow roots: the nearest ancestor (or the element itself) that has look-alike siblings sharing
 * its test id, stable classes or custom tag. Null when there is none.
 */
export function captureRepeatedItem(element: Element): RepeatedItem | null {
  let node: Element | null = element;
  for (let level = 0; node && level <= MAX_LEVELS; level++, node = composedParent(node)) {
    if (node.localName === 'body' || node.localName === 'html') return null;
    const signature = itemSignature(node);
    const container = node.parentNode;
    if (!signature || !container) continue;
    const siblings = Array.from((container as ParentNode).children).filter((child) => matches(child, signature));
    if (siblings.length < 2) continue;
    const item = node;
    const root = item.getRootNode() as Document | ShadowRoot;
    const selector = scopedItemSelector(item, signature);
    let all: Element[];
    try {
      all = Array.from(root.querySelectorAll(selector));
    } catch {
      return null;
    }
    const path = pathFromItem(item, element);
    if (!path || path.some((part) => part.length > 1000) || selector.length > 1000) return null;
    const key = repeatedItemKey(item, all.filter((other) => other !== item));
    const hosts = shadowHostChain(item);
    return {
      ...(hosts.length > 0 ? { hosts: hosts.slice(-10) } : {}),
      item: selector,
      path,
      ...(key ? { key } : {}),
      index: all.indexOf(item) + 1,
      count: all.length,
    };
  }
  return null;
}
