/**
 * Runs in the checked page (bundled by ../resolverScript.ts): the SDK's own resolver, so `waymark
 * check` finds exactly what the SDK would find, and the selector that singled the element out.
 */
import { matchSelector } from '../../../../shared/anchor/matchSelector.ts';
import { resolveAnchor } from '../../../../shared/anchor/resolveAnchor.ts';
import type { Anchor } from '../../../../shared/schema/anchor.ts';
import type { InPageResolution } from '../InPageResolution.ts';

function resolveForCheck(anchor: Anchor): InPageResolution {
  const result = resolveAnchor(anchor, document);
  if (result.status !== 'found') return result;
  const root = result.element.getRootNode() as Document | ShadowRoot;
  const ranked = anchor.selectors.map((s, i) => ({ s, i })).sort((a, b) => (b.s.weight ?? 0.5) - (a.s.weight ?? 0.5) || a.i - b.i);
  const winner = ranked.find(({ s }) => matchSelector(root, s, anchor).includes(result.element));
  return { status: 'found', confidence: result.confidence, ...(winner ? { selector: `${winner.s.kind} ${winner.s.value}` } : {}) };
}

(globalThis as Record<string, unknown>).__waymarkCheckResolve = (anchors: Anchor[]) => anchors.map(resolveForCheck);
