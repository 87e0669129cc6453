/**
 * Whether the page draws `element`: it has a box, and no closed `<details>`, `hidden="until-found"`
 * or `content-visibility: hidden` around it skips it (the browser still lays such an element out,
 * so its rect alone says it is there).
 */
export function isRendered(element: Element, rect: DOMRect = element.getBoundingClientRect()): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : true;
}
