/**
 * Calls `onChange` after every SPA navigation: pushState/replaceState (wrapped), popstate and
 * hashchange. No polling. Returns a function that restores the originals.
 */
export function watchRoutes(onChange: () => void): () => void {
  const history = window.history;
  const originalPush = history.pushState;
  const originalReplace = history.replaceState;
  let lastHref = location.href;
  const notify = () => {
    if (location.href === lastHref) return;
    lastHref = location.href;
    queueMicrotask(onChange);
  };
  const wrap = (original: History['pushState']): History['pushState'] =>
    function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      notify();
      return result;
    };
  history.pushState = wrap(originalPush);
  history.replaceState = wrap(originalReplace);
  window.addEventListener('popstate', notify);
  window.addEventListener('hashchange', notify);
  return () => {
    if (history.pushState !== originalPush) history.pushState = originalPush;
    if (history.replaceState !== originalReplace) history.replaceState = originalReplace;
    window.removeEventListener('popstate', notify);
    window.removeEventListener('hashchange', notify);
  };
}
