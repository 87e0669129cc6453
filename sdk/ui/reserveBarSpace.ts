/**
 * Makes room for a bar at the top or bottom of the viewport, the way a pushed-down page looks:
 * a spacer as the first (last) child of <body> as tall as the bar, and the height in the
 * `--waymark-offset-top` (`-bottom`) custom property on <html>, for hosts whose fixed header
 * should sit below the bar (`top: var(--waymark-offset-top, 0px)`). Follows the bar's size;
 * returns the cleanup. Sizes are set through the CSSOM (no style attribute markup: CSP-safe).
 */
export function reserveBarSpace(bar: HTMLElement, position: 'top' | 'bottom'): () => void {
  const doc = bar.ownerDocument;
  if (!doc.body) return () => {};
  const spacer = doc.createElement('div');
  spacer.setAttribute('aria-hidden', 'true');
  spacer.setAttribute('data-waymark-spacer', position);
  spacer.style.setProperty('display', 'block', 'important');
  spacer.style.setProperty('flex', 'none', 'important');
  spacer.style.setProperty('width', '100%', 'important');
  spacer.style.setProperty('margin', '0', 'important');
  spacer.style.setProperty('padding', '0', 'important');
  spacer.style.setProperty('pointer-events', 'none', 'important');
  // Apps that replace <body> (Turbo Drive, a framework mounted on it), clear it or prepend their
  // root drop or bury the spacer: it goes back into whatever <body> is there now.
  const place = () => {
    const body = doc.body;
    if (!body) return;
    // At the top it must come first to push the page down (after other bars' spacers: two top bars
    // each wanting to be first would move each other for ever); at the bottom, anywhere in <body>
    // will do (apps append portals and toasts there all the time).
    const inPlace = position === 'top' ? leadsBody(body, spacer) : spacer.parentNode === body;
    if (inPlace) return;
    if (position === 'top') body.prepend(spacer);
    else body.append(spacer);
    watchBody();
  };
  const watcher = new MutationObserver(place);
  const watchBody = () => {
    watcher.disconnect();
    watcher.observe(doc.documentElement, { childList: true });
    if (doc.body) watcher.observe(doc.body, { childList: true });
  };
  place();
  watchBody();
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
    watcher.disconnect();
    spacer.remove();
    doc.documentElement.style.removeProperty(property);
  };
}

/** Whether only other Waymark spacers come before `spacer` in `body`. */
function leadsBody(body: HTMLElement, spacer: HTMLElement): boolean {
  for (let element = body.firstElementChild; element; element = element.nextElementSibling) {
    if (element === spacer) return true;
    if (!element.hasAttribute('data-waymark-spacer')) return false;
  }
  return false;
}
