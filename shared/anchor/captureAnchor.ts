import type { Anchor } from '../schema/anchor.ts';
import { accessibleName } from './accessibleName.ts';
import { anchorAttributes } from './anchorAttributes.ts';
import { captureSelectors } from './captureSelectors.ts';
import { elementRole } from './elementRole.ts';
import { elementText } from './elementText.ts';
import { hostSelector } from './hostSelector.ts';
import { structuralPath } from './structuralPath.ts';

/** Selectors of the open shadow hosts above the element, outermost first. */
function shadowHostChain(element: Element): string[] {
  const hosts: string[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    hosts.unshift(hostSelector(root.host));
    root = root.host.getRootNode();
  }
  return hosts;
}

/**
 * Builds the fingerprint of an element (see design: Anchors): ranked candidate selectors relative to
 * the element's root, plus tag, role, accessible name, text, a few attributes and the shadow host
 * chain. Generated ids and hashed class names are never used.
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
  return fingerprint;
}
