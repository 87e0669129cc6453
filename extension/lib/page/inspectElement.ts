import { captureAnchor } from '../../../shared/anchor/captureAnchor.ts';
import { resolveAnchor } from '../../../shared/anchor/resolveAnchor.ts';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import { rateStability } from '../flows/rateStability.ts';
import { describeElement } from './describeElement.ts';
import { elementTitle } from './elementTitle.ts';

/** Fingerprint of an element, checked against this page: does it find exactly this element again? */
export function inspectElement(element: Element): PickedElement {
  const anchor = captureAnchor(element);
  const resolution = resolveAnchor(anchor, element.ownerDocument);
  const matches = resolution.status === 'found' ? (resolution.element === element ? 1 : 0) : resolution.status === 'ambiguous' ? resolution.count : 0;
  return { anchor, label: describeElement(element), title: elementTitle(element).slice(0, 200), matches, ...rateStability(anchor, matches), url: location.href };
}
