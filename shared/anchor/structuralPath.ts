import { identitySelector } from './identitySelector.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';

const MAX_DEPTH = 12;
/** Classes that describe state rather than identity. */
const STATE_CLASS = /^(?:is-|has-)|(?:^|-)(?:active|selected|open|opened|closed|hover|focus|focused|disabled|checked|expanded|collapsed|visible|hidden|current|loading|error|invalid|valid|dirty|touched|show|fade|in)$/i;

export interface StructuralPath {
  selector: string;
  /** Whether the chain starts at an ancestor with its own identity (test id / stable id). */
  anchored: boolean;
}

/** `tag.stableClass:nth-of-type(k)`; the class only when stable, the index only when a same-tag sibling exists. */
function segment(element: Element): string {
  const tag = element.localName.toLowerCase();
  let text = CSS.escape(tag);
  const stableClass = Array.from(element.classList).find((name) => !isGeneratedToken(name) && !STATE_CLASS.test(name) && !name.includes(':'));
  if (stableClass) text += `.${CSS.escape(stableClass)}`;
  const parent = element.parentElement ?? element.parentNode;
  if (!parent) return text;
  let index = 0;
  let count = 0;
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling.localName !== element.localName) continue;
    count++;
    if (sibling === element) index = count;
  }
  return count > 1 ? `${text}:nth-of-type(${index})` : text;
}

/**
 * The element's nth-of-type chain within its root, from its nearest ancestor with an identity
 * (or from `body` / the shadow root's top), e.g. `[data-testid="plans"] > div.card:nth-of-type(2) > button`.
 */
export function structuralPath(element: Element): StructuralPath {
  const segments: string[] = [];
  let node: Element = element;
  for (;;) {
    segments.unshift(segment(node));
    const parent = node.parentElement;
    if (!parent) return { selector: segments.join(' > '), anchored: false };
    const identity = identitySelector(parent);
    if (identity) return { selector: [identity, ...segments].join(' > '), anchored: true };
    if (parent.localName === 'body' && parent.parentElement?.localName === 'html') return { selector: ['body', ...segments].join(' > '), anchored: false };
    if (segments.length >= MAX_DEPTH) return { selector: segments.join(' > '), anchored: false };
    node = parent;
  }
}
