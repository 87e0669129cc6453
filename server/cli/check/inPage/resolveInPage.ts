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
  return { status: 'found', confidence: result.confidence, ...(winner ? { selector: `${winner.s.kind} ${winner.s.value}` } : {}), shown: isShown(result.element) };
}

/** What a user could see and click: rendered, with a box. */
function isShown(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  return element.checkVisibility({ visibilityProperty: true }) && rect.width > 0 && rect.height > 0;
}

const scope = globalThis as Record<string, unknown>;
scope.__waymarkCheckResolve = (anchors: Anchor[]) => anchors.map(resolveForCheck);
/** The element an anchor resolves to, for the checker to click it as the user would. */
scope.__waymarkCheckElement = (anchor: Anchor) => {
  const result = resolveAnchor(anchor, document);
  return result.status === 'found' ? result.element : null;
};
