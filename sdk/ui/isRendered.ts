/**
 * Whether the page draws `anchor`: it has a box (`rect`, or its contents' for a `display: contents`
 * element), and no closed `<details>`, `hidden="until-found"` or `content-visibility: hidden`
 * around it skips it (the browser still lays such an element out, so its rect alone says it is there).
 */
export function isRendered(anchor: Element, rect: { width: number; height: number }): boolean {
  if (rect.width === 0 && rect.height === 0) return false;
  if (typeof anchor.checkVisibility !== 'function' || anchor.checkVisibility()) return true;
  // checkVisibility is false for an element that draws no box of its own: then its contents decide.
  return Array.from(anchor.children).some((child) => child.checkVisibility());
}
