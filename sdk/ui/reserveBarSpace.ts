/**
 * Makes room for a bar at the top or bottom of the viewport, the way a pushed-down page looks:
 * a spacer as the first (last) child of <body> as tall as the bar, and the height in the
 * `--waymark-offset-top` (`-bottom`) custom property on <html>, for hosts whose fixed header
 * should sit below the bar (`top: var(--waymark-offset-top, 0px)`). Follows the bar's size;
 * returns the cleanup. Sizes are set through the CSSOM (no style attribute markup: CSP-safe).
 */
export function reserveBarSpace(bar: HTMLElement, position: 'top' | 'bottom'): () => void {
  const doc = bar.ownerDocument;
  const body = doc.body;
  if (!body) return () => {};
  const spacer = doc.createElement('div');
  spacer.setAttribute('aria-hidden', 'true');
  spacer.setAttribute('data-waymark-spacer', position);
  spacer.style.setProperty('display', 'block', 'important');
  spacer.style.setProperty('flex', 'none', 'important');
  spacer.style.setProperty('width', '100%', 'important');
  spacer.style.setProperty('margin', '0', 'important');
  spacer.style.setProperty('padding', '0', 'important');
  spacer.style.setProperty('pointer-events', 'none', 'important');
  if (position === 'top') body.prepend(spacer);
  else body.append(spacer);
  const property = `--waymark-offset-${position}`;
  const apply = () => {
    const height = `${Math.ceil(bar.getBoundingClientRect().height)}px`;
    spacer.style.setProperty('height', height, 'important');
    doc.documentElement.style.setProperty(property, height);
  };
  apply();
  const observer = new ResizeObserver(apply);
  observer.observe(bar);
  return () => {
    observer.disconnect();
    spacer.remove();
    doc.documentElement.style.removeProperty(property);
  };
}
