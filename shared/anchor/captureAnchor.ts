import type { Anchor } from '../schema/anchor.ts';
import { accessibleName } from './accessibleName.ts';
import { anchorAttributes } from './anchorAttributes.ts';
import { captureSelectors } from './captureSelectors.ts';
import { elementRole } from './elementRole.ts';
import { elementText } from './elementText.ts';
import { captureRepeatedItem } from './captureRepeatedItem.ts';
import { DISTINCT_WEIGHT } from './distinctWeight.ts';
import { shadowHostChain } from './shadowHostChain.ts';
import { structuralPath } from './structuralPath.ts';

/** Whether a selector other than the positional path names the element alone in its root. */
function singledOut(fingerprint: Anchor): boolean {
  return fingerprint.selectors.some((candidate) => candidate.kind !== 'path' && (candidate.weight ?? 0.5) >= DISTINCT_WEIGHT);
}

/**
 * Builds the fingerprint of an element (see design: Anchors): ranked candidate selectors relative to
 * the element's root, plus tag, role, accessible name, text, a few attributes and the shadow host
 * chain. Generated ids and hashed class names are never used. In a repeated structure (rows of
 * a list, cards) it also records the row, what keys it and the intent (`this` row when it has a
 * key, else the `nth`); the builder lets the PM choose first / last / any instead.
 */
export function captureAnchor(element: Element): Anchor {
  const tag = element.localName.toLowerCase();
  const role = elementRole(element).slice(0, 50);
  const name = accessibleName(element);
  const text = elementText(element);
  const fingerprint: Anchor = { selectors: [] };
  if (/^[a-z][a-z0-9-]*$/.test(tag)) fingerprint.tag = tag;
  if (role) fingerprint.role = role;
  if (name) fingerprint.name = name;
  if (text) fingerprint.text = text;
  fingerprint.selectors = captureSelectors(element, fingerprint);
  // Always at least one way back: the structural path (used for elements with no other signal).
  if (fingerprint.selectors.length === 0) fingerprint.selectors.push({ kind: 'path', value: structuralPath(element).selector.slice(0, 1000), weight: 0.5 });
  const attributes = anchorAttributes(element);
  if (Object.keys(attributes).length > 0) fingerprint.attributes = attributes;
  const hosts = shadowHostChain(element);
  if (hosts.length > 0) fingerprint.shadowHosts = hosts.slice(-10);
  // Among look-alike rows, what singles the element out within its root may be the row's position
  // (its shadow host, its nth-of-type): then the row it sits in says which one was meant.
  const repeat = captureRepeatedItem(element);
  if (repeat && !(singledOut(fingerprint) && element.getRootNode() === rootOfItems(element, repeat))) {
    fingerprint.repeat = repeat;
    fingerprint.intent = repeat.key ? 'this' : 'nth';
  }
  return fingerprint;
}

/** The root holding the items of `repeat` (the element's own root when the items are in its tree). */
function rootOfItems(element: Element, repeat: NonNullable<Anchor['repeat']>): Node {
  let root = element.getRootNode();
  // The item is an ancestor across `path.length - 1` shadow boundaries.
  for (let hop = 1; hop < repeat.path.length && root instanceof ShadowRoot; hop++) root = root.host.getRootNode();
  return root;
}
