import { accessibleName } from './accessibleName.ts';
import { elementsWithText } from './elementsWithText.ts';

const DIRECT_LIMIT = 500;
/** Elements whose accessible name may come from something other than their own text. */
const NAMED_OTHERWISE = '[aria-label],[aria-labelledby],[title],[alt]';
/** Scope selectors of controls named by their labels: always examined one by one. */
const LABELLED = /^(?:input|select|textarea|meter|progress|output)\b/;

/**
 * Elements of `scope` matching `selector` whose accessible name is `name`. With many elements in
 * scope (a big table's `td`s), only those whose text is `name` or that are named by an attribute
 * (aria-label, aria-labelledby, title, alt) are examined, unless they are labelled form controls.
 * Results are in document order; `memo` as for elementsWithText.
 */
export function elementsWithName(scope: Document | ShadowRoot, selector: string, name: string, memo?: Map<string, Element[]>): Element[] {
  let scoped: NodeListOf<Element>;
  try {
    scoped = scope.querySelectorAll(selector);
  } catch {
    return [];
  }
  let pool: Element[];
  if (scoped.length <= DIRECT_LIMIT || LABELLED.test(selector)) pool = Array.from(scoped);
  else {
    const set = new Set([...elementsWithText(scope, selector, name, memo), ...Array.from(scope.querySelectorAll(`:is(${selector}):is(${NAMED_OTHERWISE})`))]);
    pool = Array.from(set).sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  return pool.filter((element) => accessibleName(element) === name);
}
