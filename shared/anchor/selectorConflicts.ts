import type { Anchor } from '../schema/anchor.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';

const ATTRIBUTE_SELECTOR = /^[a-z0-9-]*\[([a-zA-Z0-9_:-]+)=/;

/**
 * Whether the element carries a different identity than an identity selector it failed to match:
 * another test id, or another stable id. Such an element is very likely a different element.
 */
export function selectorConflicts(element: Element, candidate: Anchor['selectors'][number]): boolean {
  if (candidate.kind === 'id' && candidate.value.startsWith('#')) {
    const id = element.getAttribute('id');
    return !!id && !isGeneratedToken(id);
  }
  if (candidate.kind !== 'testid') return false;
  const attribute = ATTRIBUTE_SELECTOR.exec(candidate.value)?.[1];
  return !!attribute && element.hasAttribute(attribute);
}
