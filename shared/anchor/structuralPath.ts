import { identitySelector } from './identitySelector.ts';
import { pathSegment } from './pathSegment.ts';

const MAX_DEPTH = 12;

export interface StructuralPath {
  selector: string;
  /** Whether the chain starts at an ancestor with its own identity (test id / stable id). */
  anchored: boolean;
}

/** The ancestor's identity selector when it names that ancestor alone in its root (rows sharing a test id do not). */
function uniqueIdentity(element: Element): string | null {
  const identity = identitySelector(element);
  if (!identity) return null;
  try {
    return (element.getRootNode() as Document | ShadowRoot).querySelectorAll(identity).length === 1 ? identity : null;
  } catch {
    return null;
  }
}

/**
 * The element's nth-of-type chain within its root, from its nearest ancestor with an identity of
 * its own (or from `body` / the shadow root's top), e.g. `[data-testid="plans"] > div.card:nth-of-type(2) > button`.
 * An ancestor whose test id is shared (every row of a list has it) is walked past.
 */
export function structuralPath(element: Element): StructuralPath {
  const segments: string[] = [];
  let node: Element = element;
  for (;;) {
    segments.unshift(pathSegment(node));
    const parent = node.parentElement;
    if (!parent) return { selector: segments.join(' > '), anchored: false };
    const identity = uniqueIdentity(parent);
    if (identity) return { selector: [identity, ...segments].join(' > '), anchored: true };
    if (parent.localName === 'body' && parent.parentElement?.localName === 'html') return { selector: ['body', ...segments].join(' > '), anchored: false };
    if (segments.length >= MAX_DEPTH) return { selector: segments.join(' > '), anchored: false };
    node = parent;
  }
}
