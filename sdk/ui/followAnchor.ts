import { autoUpdate, type AutoUpdateOptions } from '@floating-ui/dom';

/**
 * Floating UI's autoUpdate, started again each time the anchor comes into view (its container was
 * hidden and is shown, collapsed and is expanded). autoUpdate alone misses that: its
 * ResizeObserver never reports an inline anchor (a link, a span: their content box is always 0×0),
 * and its layout-shift IntersectionObserver is made only while the anchor has a size (and waits a
 * second for a clipped one), so an anchor first seen without a box is not followed again until a
 * window resize. An IntersectionObserver on the anchor itself sees it arrive whatever its display.
 */
export function followAnchor(anchor: Element, floating: HTMLElement, update: () => void, options?: AutoUpdateOptions): () => void {
  let stop = autoUpdate(anchor, floating, update, options);
  if (typeof IntersectionObserver !== 'function') return () => stop();
  let inView = false;
  const observer = new IntersectionObserver((entries) => {
    const now = entries[entries.length - 1]!.isIntersecting;
    if (now && !inView) {
      stop();
      stop = autoUpdate(anchor, floating, update, options);
    }
    inView = now;
  });
  observer.observe(anchor);
  return () => {
    observer.disconnect();
    stop();
  };
}
