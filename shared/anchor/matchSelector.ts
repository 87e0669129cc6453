import type { Anchor } from '../schema/anchor.ts';
import { elementsWithName } from './elementsWithName.ts';
import { elementsWithText } from './elementsWithText.ts';

type Scope = Document | ShadowRoot;
type Candidate = Anchor['selectors'][number];

/**
 * Elements of `scope` that one selector candidate matches; `text` and `role` candidates are scope
 * selectors narrowed to the fingerprint's text / accessible name. An invalid selector matches nothing.
 * Pass one `memo` per resolution and scope to share text searches between candidates.
 */
export function matchSelector(scope: Scope, candidate: Candidate, anchor: Pick<Anchor, 'text' | 'name'>, memo?: Map<string, Element[]>): Element[] {
  if (candidate.kind === 'text' && anchor.text) return elementsWithText(scope, candidate.value, anchor.text, memo);
  if (candidate.kind === 'role' && anchor.name) return elementsWithName(scope, candidate.value, anchor.name, memo);
  try {
    return Array.from(scope.querySelectorAll(candidate.value));
  } catch {
    return [];
  }
}
