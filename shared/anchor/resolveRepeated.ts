import type { Anchor, RepeatedItem } from '../schema/anchor.ts';
import { matchesItemKey } from './matchesItemKey.ts';
import { resolveScope } from './resolveScope.ts';

export type RepeatedResolution =
  | { status: 'found'; elements: Element[] }
  | { status: 'ambiguous'; count: number }
  | { status: 'missing' };

/** The element at the end of the item's path, or null when that item no longer has it. */
function descend(item: Element, path: readonly string[], tag: string | undefined): Element | null {
  let current: Element | null;
  try {
    current = path[0] === ':scope' ? item : item.querySelector(path[0]!);
    for (const selector of path.slice(1)) current = current?.shadowRoot?.querySelector(selector) ?? null;
  } catch {
    return null;
  }
  return current && (!tag || current.localName.toLowerCase() === tag) ? current : null;
}

/**
 * Resolves an anchor through the repeated structure it was captured in, by its intent: `this`
 * the item its key names (gone: missing — never a neighbour), `first` / `last` / `nth` by
 * position, `any` every item's element. Null when the structure itself is gone (no item matches
 * at all): the fingerprint's other evidence is then all there is.
 */
export function resolveRepeated(anchor: Anchor & { repeat: RepeatedItem }, doc: Document): RepeatedResolution | null {
  const { repeat } = anchor;
  const scope = resolveScope({ selectors: anchor.selectors, shadowHosts: repeat.hosts }, doc);
  if (!scope) return null;
  let items: Element[];
  try {
    items = Array.from(scope.querySelectorAll(repeat.item));
  } catch {
    return null;
  }
  if (items.length === 0) return null;
  const intent = anchor.intent ?? 'this';
  let chosen: Element[];
  if (intent === 'any') chosen = items;
  else if (intent === 'first') chosen = items.slice(0, 1);
  else if (intent === 'last') chosen = items.slice(-1);
  else if (intent === 'nth') chosen = items.slice(repeat.index - 1, repeat.index);
  else {
    if (!repeat.key) return null;
    chosen = items.filter((item) => matchesItemKey(item, repeat.key!));
    if (chosen.length > 1) return { status: 'ambiguous', count: chosen.length };
  }
  const elements = chosen.map((item) => descend(item, repeat.path, anchor.tag)).filter((element): element is Element => element !== null);
  return elements.length > 0 ? { status: 'found', elements } : { status: 'missing' };
}
