import type { Anchor } from '../schema/anchor.ts';
import { attributeSelector } from './attributeSelector.ts';
import { isGeneratedToken } from './isGeneratedToken.ts';
import { matchSelector } from './matchSelector.ts';
import { stableClasses } from './stableClasses.ts';
import { structuralPath } from './structuralPath.ts';
import { TEST_ID_ATTRIBUTES } from './testIdAttributes.ts';

type Candidate = Anchor['selectors'][number];

/** data-* attributes that carry state, framework bookkeeping or per-render values. */
const VOLATILE_DATA = /^data-(?:v-|reactid|react|state|active|selected|open|focus|hover|index|key|id$|uid|rbd|radix|headlessui|aria|popper|floating|placement|side|align|orientation|highlighted|disabled|checked|expanded|pressed|value|count|loading|theme|mode|expect|wm)/;
const MAX_MATCHES = 50;

function stableDataAttributes(element: Element): Array<[string, string]> {
  return Array.from(element.attributes)
    .filter(({ name, value }) => name.startsWith('data-') && !(TEST_ID_ATTRIBUTES as readonly string[]).includes(name) && !VOLATILE_DATA.test(name))
    .filter(({ value }) => value.length > 0 && value.length <= 60 && !/^[[{]/.test(value) && !isGeneratedToken(value))
    .slice(0, 3)
    .map(({ name, value }) => [name, value]);
}

/**
 * The element's candidate selectors within its root, most stable first: test id, data-*, stable id,
 * aria-label, name, a few identifying attributes, stable classes, role + accessible name, tag + text, structural
 * path. Each weight is its kind's stability (at least DISTINCT_WEIGHT, see distinctWeight.ts), cut below it when
 * the selector also matches other elements at capture time.
 */
export function captureSelectors(element: Element, fingerprint: Pick<Anchor, 'tag' | 'role' | 'name' | 'text'>): Candidate[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const tag = element.localName.toLowerCase();
  const raw: Candidate[] = [];
  const add = (kind: Candidate['kind'], value: string, weight: number) => raw.push({ kind, value, weight });

  for (const name of TEST_ID_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) add('testid', attributeSelector(name, value), isGeneratedToken(value) ? 0.5 : 1);
  }
  for (const [name, value] of stableDataAttributes(element)) add('data', attributeSelector(name, value), 0.75);
  const id = element.getAttribute('id');
  if (id && !isGeneratedToken(id)) add('id', `#${CSS.escape(id)}`, 0.9);
  const ariaLabel = element.getAttribute('aria-label')?.trim();
  if (ariaLabel && ariaLabel.length <= 200) add('aria', attributeSelector('aria-label', ariaLabel, tag), 0.8);
  const name = element.getAttribute('name');
  if (name && !isGeneratedToken(name)) add('name', attributeSelector('name', name, tag), 0.7);
  for (const attribute of ['href', 'placeholder', 'alt', 'title']) {
    const value = element.getAttribute(attribute);
    if (value && value.length <= 200 && !value.startsWith('javascript:')) add('css', attributeSelector(attribute, value, tag), 0.6);
  }
  // Stable classes name what an element is (`span.todo-count`) where its text changes ("3 items left").
  for (const name of stableClasses(element).slice(0, 2)) add('css', `${CSS.escape(tag)}.${CSS.escape(name)}`, 0.6);
  if (fingerprint.role && fingerprint.name) {
    const explicit = element.hasAttribute('role');
    add('role', explicit ? attributeSelector('role', element.getAttribute('role') ?? '') : CSS.escape(tag), 0.65);
  }
  if (fingerprint.text && fingerprint.text.length <= 200) add('text', CSS.escape(tag), 0.55);
  const path = structuralPath(element);
  if (path.selector.length <= 1000) add('path', path.selector, path.anchored ? 0.6 : 0.5);

  const selectors: Candidate[] = [];
  const memo = new Map<string, Element[]>();
  for (const candidate of raw) {
    if (candidate.value.length > 1000 || selectors.some((kept) => kept.value === candidate.value && kept.kind === candidate.kind)) continue;
    const count = matchSelector(root, candidate, fingerprint, memo).length;
    if (count === 0 || count > MAX_MATCHES) continue;
    // Only selectors that single the element out keep a weight of DISTINCT_WEIGHT (distinctWeight.ts) or more.
    const weight = (candidate.weight ?? 0.5) * (count === 1 ? 1 : count <= 5 ? 0.45 : 0.25);
    selectors.push({ ...candidate, weight: Math.round(weight * 1000) / 1000 });
  }
  return selectors.slice(0, 20);
}
