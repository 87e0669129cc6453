import type { Anchor } from '../schema/anchor.ts';

/** Follows the anchor's shadow host chain from the document down; null when a host is gone or not unique. */
export function resolveScope(anchor: Anchor, doc: Document): Document | ShadowRoot | null {
  let scope: Document | ShadowRoot = doc;
  for (const selector of anchor.shadowHosts ?? []) {
    let hosts: NodeListOf<Element>;
    try {
      hosts = scope.querySelectorAll(selector);
    } catch {
      return null;
    }
    const root = hosts.length === 1 ? hosts[0]!.shadowRoot : null;
    if (!root) return null;
    scope = root;
  }
  return scope;
}
