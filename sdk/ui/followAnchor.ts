import { autoUpdate, type AutoUpdateOptions, type ReferenceElement } from '@floating-ui/dom';

/**
 * Floating UI's autoUpdate on `reference` (the anchor, or the box its contents draw, see
 * layoutBox), started again each time the anchor comes into view (its container was hidden and is
 * shown, collapsed and is expanded). autoUpdate alone misses that: its ResizeObserver never
 * reports an inline anchor (a link, a span: their content box is always 0×0), and its layout-shift
 * IntersectionObserver is made only while the anchor has a size (and waits a second for a clipped
 * one), so an anchor first seen without a box is not followed again until a window resize. An
 * IntersectionObserver on the anchor itself (on its children when it draws no box) sees it arrive
 * whatever its display.
 */
export function followAnchor(anchor: Element, reference: ReferenceElement, floating: HTMLElement, update: () => void, options?: AutoUpdateOptions): () => void {
  let stop = autoUpdate(reference, floating, update, options);
  if (typeof IntersectionObserver !== 'function') return () => stop();
  const inView = new Set<Element>();
  const observer = new IntersectionObserver((entries) => {
    let arrived = false;
    for (const entry of entries) {
      if (entry.isIntersecting && !inView.has(entry.target)) arrived = true;
      if (entry.isIntersecting) inView.add(entry.target);
      else inView.delete(entry.target);
    }
    if (!arrived) return;
    stop();
    stop = autoUpdate(reference, floating, update, options);
  });
  for (const target of reference === anchor ? [anchor] : Array.from(anchor.children)) observer.observe(target);
  return () => {
    observer.disconnect();
    stop();
  };
}
