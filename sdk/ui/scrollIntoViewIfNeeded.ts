import { getOverflowAncestors } from '@floating-ui/dom';

const inside = (rect: DOMRect, top: number, right: number, bottom: number, left: number) =>
  rect.top >= top && rect.bottom <= bottom && rect.left >= left && rect.right <= right;

/** True when no part of the element is cut off by the viewport or by a scrolling/clipping ancestor. */
function fullyVisible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (!inside(rect, 0, innerWidth, innerHeight, 0)) return false;
  return getOverflowAncestors(element).every((ancestor) => {
    if (!(ancestor instanceof Element)) return true;
    const box = ancestor.getBoundingClientRect();
    return inside(rect, box.top + ancestor.clientTop, box.left + ancestor.clientLeft + ancestor.clientWidth, box.top + ancestor.clientTop + ancestor.clientHeight, box.left + ancestor.clientLeft);
  });
}

/** Brings an anchor into view (of the window and of any scrolling container) only when part of it is hidden. */
export function scrollIntoViewIfNeeded(element: Element): void {
  if (fullyVisible(element)) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}
