import { attributeSelector } from './attributeSelector.ts';
import { identitySelector } from './identitySelector.ts';
import { repeatedItemKey } from './repeatedItemKey.ts';
import { structuralPath } from './structuralPath.ts';

function count(root: Document | ShadowRoot, selector: string): number {
  try {
    return root.querySelectorAll(selector).length;
  } catch {
    return 0;
  }
}

/**
 * A selector that finds this shadow host within its own root: its identity, its tag when unique,
 * its tag with the attributes that tell it from same-tag hosts (`todo-item[item-title="Buy milk"]`),
 * and only then its path (position).
 */
export function hostSelector(host: Element): string {
  const identity = identitySelector(host);
  const root = host.getRootNode() as Document | ShadowRoot;
  if (identity && count(root, identity) === 1) return identity;
  const tag = CSS.escape(host.localName);
  if (count(root, tag) === 1) return tag;
  const others = Array.from(root.querySelectorAll(tag)).filter((other) => other !== host);
  const attributes = Object.entries(repeatedItemKey(host, others)?.attributes ?? {});
  const keyed = tag + attributes.map(([name, value]) => attributeSelector(name, value)).join('');
  if (attributes.length > 0 && count(root, keyed) === 1) return keyed;
  return structuralPath(host).selector;
}
