import type { Anchor } from '../schema/anchor.ts';
import { resolveAnchor } from './resolveAnchor.ts';
import { resolveRepeated } from './resolveRepeated.ts';

/**
 * Every element the anchor means: all rows' elements for intent `any` (a click on any row's
 * checkbox counts), else the one resolved element, else none.
 */
export function anchorElements(anchor: Anchor, doc: Document = document): Element[] {
  if (anchor.repeat && anchor.intent === 'any') {
    const repeated = resolveRepeated({ ...anchor, repeat: anchor.repeat }, doc);
    if (repeated) return repeated.status === 'found' ? repeated.elements : [];
  }
  const result = resolveAnchor(anchor, doc);
  return result.status === 'found' ? [result.element] : [];
}
