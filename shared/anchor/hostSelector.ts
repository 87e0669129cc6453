import { identitySelector } from './identitySelector.ts';
import { structuralPath } from './structuralPath.ts';

/** A selector that finds this shadow host within its own root: its identity, its tag when unique, else its path. */
export function hostSelector(host: Element): string {
  const identity = identitySelector(host);
  const root = host.getRootNode() as Document | ShadowRoot;
  if (identity && root.querySelectorAll(identity).length === 1) return identity;
  const tag = CSS.escape(host.localName);
  if (root.querySelectorAll(tag).length === 1) return tag;
  return structuralPath(host).selector;
}
