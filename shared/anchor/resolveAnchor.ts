import type { Anchor } from '../schema/anchor.ts';
import { matchSelector } from './matchSelector.ts';
import { openShadowRoots } from './openShadowRoots.ts';
import { resolveRepeated } from './resolveRepeated.ts';
import { resolveScope } from './resolveScope.ts';
import { scoreCandidate } from './scoreCandidate.ts';

export type AnchorResolution =
  | { status: 'found'; element: Element; confidence: number }
  | { status: 'ambiguous'; count: number }
  | { status: 'missing' };

/** Below this confidence nothing is returned: an honest `missing` beats a wrong element. */
const MIN_CONFIDENCE = 0.3;
/** A runner-up this close in both confidence and evidence makes the result ambiguous. */
const TIE_CONFIDENCE = 0.1;
const TIE_POINTS = 0.2;
/** Selectors matching more elements than this say nothing about which one is meant. */
const MAX_MATCHES = 200;
/** Found outside the captured shadow scope: the same evidence, trusted a little less. */
const OTHER_SCOPE = 0.9;

interface Scored {
  element: Element;
  confidence: number;
  points: number;
  distinct: boolean;
}

function scoreScope(anchor: Anchor, scope: Document | ShadowRoot, factor: number): Scored[] {
  const matches = new Map<Element, boolean[]>();
  const memo = new Map<string, Element[]>();
  anchor.selectors.forEach((candidate, index) => {
    const elements = matchSelector(scope, candidate, anchor, memo);
    if (elements.length > MAX_MATCHES) return;
    for (const element of elements) {
      let flags = matches.get(element);
      if (!flags) matches.set(element, (flags = anchor.selectors.map(() => false)));
      flags[index] = true;
    }
  });
  const scored: Scored[] = [];
  for (const [element, flags] of matches) {
    const score = scoreCandidate(element, anchor, flags);
    if (score) scored.push({ element, ...score, confidence: score.confidence * factor });
  }
  return scored;
}

function decide(all: Scored[]): AnchorResolution {
  // Stable sort: equal scores keep selector-then-document order, so results are deterministic.
  all.sort((a, b) => b.confidence - a.confidence || b.points - a.points);
  const scored = all.filter((candidate) => candidate.distinct);
  const best = scored[0];
  if (!best || best.confidence < MIN_CONFIDENCE) {
    // What singled the element out is gone. Several look-alikes left: ambiguous; one: a twin, not it.
    const lookalikes = all.filter((candidate) => candidate.confidence >= MIN_CONFIDENCE);
    return lookalikes.length > 1 ? { status: 'ambiguous', count: lookalikes.length } : { status: 'missing' };
  }
  const rivals = scored.filter((other) => other !== best && best.confidence - other.confidence < TIE_CONFIDENCE && best.points - other.points < TIE_POINTS);
  if (rivals.length > 0) return { status: 'ambiguous', count: rivals.length + 1 };
  return { status: 'found', element: best.element, confidence: Math.round(Math.min(1, best.confidence) * 1000) / 1000 };
}

/**
 * Finds the anchor's element by scoring: every selector (within the shadow scope) contributes the
 * elements it matches; each is scored by the weighted selectors it matches and by how well its tag,
 * role, accessible name, text and attributes agree with the fingerprint. The clear best above a
 * threshold is returned with its confidence; near-equal leaders are `ambiguous`; weak or
 * contradicted evidence is `missing`. When nothing is found in the captured scope, the document and
 * every other open shadow root are searched (the element may have moved into or out of a shadow
 * tree). No layout is read.
 *
 * An anchor captured in a repeated structure (list rows, cards) is resolved through it first, by
 * its intent (see resolveRepeated): the keyed row gone is `missing`, never its neighbour.
 */
export function resolveAnchor(anchor: Anchor, doc: Document = document): AnchorResolution {
  const repeated = anchor.repeat ? resolveRepeated({ ...anchor, repeat: anchor.repeat }, doc) : null;
  if (repeated) return repeated.status === 'found' ? { status: 'found', element: repeated.elements[0]!, confidence: 1 } : repeated;
  const scope = resolveScope(anchor, doc);
  const result = scope ? decide(scoreScope(anchor, scope, 1)) : { status: 'missing' as const };
  if (result.status !== 'missing') return result;
  const others = [doc, ...openShadowRoots(doc)].filter((other) => other !== scope);
  return decide(others.flatMap((other) => scoreScope(anchor, other, OTHER_SCOPE)));
}
