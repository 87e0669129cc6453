import { accessibleName } from '../../../shared/anchor/accessibleName.ts';

/** `button "Connect chatbot"`: what the picker's label and the panel show for an element. */
export function describeElement(element: Element): string {
  const name = accessibleName(element).slice(0, 80);
  return name ? `${element.localName} "${name}"` : element.localName;
}
