import type { Anchor } from '../schema/anchor.ts';

export type AnchorResolution =
  | { status: 'found'; element: Element; confidence: number }
  | { status: 'ambiguous'; count: number }
  | { status: 'missing' };

type Scope = Document | ShadowRoot;

function queryAll(scope: Scope, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Follows the anchor's shadow host chain from the document down to the root its element lives in. */
function scopeOf(anchor: Anchor, doc: Document): Scope | null {
  let scope: Scope = doc;
  for (const hostSelector of anchor.shadowHosts ?? []) {
    const hosts = queryAll(scope, hostSelector);
    const root = hosts.length === 1 ? hosts[0]!.shadowRoot : null;
    if (!root) return null;
    scope = root;
  }
  return scope;
}

function matchesText(element: Element, anchor: Anchor): boolean {
  if (anchor.text === undefined) return true;
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim() === anchor.text;
}

/**
 * Finds the anchor's element: candidates are tried from the most stable down, and the first that
 * matches exactly one element (with the captured text, for text candidates) wins. A match count
 * above one on every candidate is reported as ambiguous rather than guessed.
 */
export function resolveAnchor(anchor: Anchor, doc: Document = document): AnchorResolution {
  const scope = scopeOf(anchor, doc);
  if (!scope) return { status: 'missing' };
  const candidates = [...anchor.selectors].sort((a, b) => (b.weight ?? 0.5) - (a.weight ?? 0.5));
  let ambiguous = 0;
  for (const candidate of candidates) {
    let matches = queryAll(scope, candidate.value);
    if (candidate.kind === 'text') matches = matches.filter((el) => matchesText(el, anchor));
    if (matches.length === 1) return { status: 'found', element: matches[0]!, confidence: candidate.weight ?? 0.5 };
    if (matches.length > 1) ambiguous = Math.max(ambiguous, matches.length);
  }
  return ambiguous ? { status: 'ambiguous', count: ambiguous } : { status: 'missing' };
}
