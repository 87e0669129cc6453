import type { Anchor } from '../schema/anchor.ts';
import { accessibleName } from './accessibleName.ts';
import { elementRole } from './elementRole.ts';
import { elementText } from './elementText.ts';
import { readAnchorAttribute } from './readAnchorAttribute.ts';
import { DISTINCT_WEIGHT } from './distinctWeight.ts';
import { selectorConflicts } from './selectorConflicts.ts';
import { textSimilarity } from './textSimilarity.ts';

/** Attributes that name one element in particular (as opposed to `type`). */
const DISTINCTIVE_ATTRIBUTES = new Set(['name', 'href', 'placeholder', 'title', 'alt']);
/** Above this similarity a name or text partly identifies the element ("Save" → "Save changes"). */
const SAME_TEXT = 0.5;
/** A structural path starting at an identified ancestor (`#id > …`, `[data-testid="…"] > …`), not at `body`. */
const ANCHORED_PATH = /^[#[]/;

export interface CandidateScore {
  /** In [0, 1]: how strongly the matched selectors point here, times how consistent the element is with the fingerprint. */
  confidence: number;
  /** Additive evidence, used to tell near-ties apart. */
  points: number;
  /**
   * Whether the element matched a selector that singled the anchored element out at capture time
   * (or the fingerprint has none). Without it, the element only shares traits with the anchored
   * one — a sibling twin — and may only make the result ambiguous, never found.
   */
  distinct: boolean;
}

/**
 * Scores one element against a fingerprint, given which of its selectors the element matched.
 * Returns null when the element cannot be the anchored one: another tag, or — when the fingerprint
 * has identifying evidence (a non-structural selector, a name, a text, a distinctive attribute) —
 * none of that evidence agrees exactly. A name or text that only partly agrees ("Save" → "Save
 * changes") is accepted only together with a structural path anchored at an identified ancestor:
 * from a partial match at a document-rooted position alone, an edit cannot be told from a deleted
 * element whose look-alike neighbour ("Save draft") moved into its place.
 */
export function scoreCandidate(element: Element, anchor: Anchor, matched: readonly boolean[]): CandidateScore | null {
  if (anchor.tag && element.localName.toLowerCase() !== anchor.tag) return null;
  let identityKnown = false;
  let identity = false;
  let partialIdentity = false;
  let anchoredPath = false;
  let missing = 1;
  let allMatched = true;
  let distinctKnown = false;
  let distinct = false;
  let points = 0;
  let agree = 0;
  let total = 0;
  const check = (weight: number, credit: number) => {
    total += weight;
    agree += weight * credit;
  };

  anchor.selectors.forEach((candidate, index) => {
    const weight = candidate.weight ?? 0.5;
    if (candidate.kind !== 'path') identityKnown = true;
    if (weight >= DISTINCT_WEIGHT) distinctKnown = true;
    if (matched[index] && weight >= DISTINCT_WEIGHT) distinct = true;
    if (matched[index]) {
      missing *= 1 - weight;
      points += weight;
      if (candidate.kind !== 'path') identity = true;
      else if (ANCHORED_PATH.test(candidate.value)) anchoredPath = true;
    } else {
      allMatched = false;
      if (selectorConflicts(element, candidate)) check(1, 0);
    }
  });
  if (anchor.tag) check(0.5, 1);
  if (anchor.role) check(0.5, elementRole(element) === anchor.role ? 1 : 0);
  if (anchor.name) {
    identityKnown = true;
    const similarity = textSimilarity(accessibleName(element), anchor.name);
    if (similarity === 1) identity = true;
    else if (similarity > SAME_TEXT) partialIdentity = true;
    check(1, similarity);
  }
  if (anchor.text && anchor.text !== anchor.name) {
    identityKnown = true;
    const similarity = textSimilarity(elementText(element), anchor.text);
    if (similarity === 1) identity = true;
    else if (similarity > SAME_TEXT) partialIdentity = true;
    check(1, similarity);
  }
  for (const [name, value] of Object.entries(anchor.attributes ?? {})) {
    const distinctive = DISTINCTIVE_ATTRIBUTES.has(name);
    const actual = readAnchorAttribute(element, name);
    if (distinctive) identityKnown = true;
    if (actual === value && distinctive) identity = true;
    check(distinctive ? 0.75 : 0.5, actual === value ? 1 : actual === null ? 0.25 : 0);
  }
  if (identityKnown && !identity && !(partialIdentity && anchoredPath)) return null;
  const evidence = allMatched ? 1 : 1 - missing;
  const consistency = total > 0 ? agree / total : 1;
  return { confidence: evidence * consistency, points: points + agree, distinct: distinct || !distinctKnown };
}
