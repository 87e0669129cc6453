/**
 * Calls `onHiding` when the page is hidden or unloading (the last chance to send) and
 * `onOnline` when the network comes back. Returns the function that stops listening.
 */
export function watchPageLifecycle(onHiding: () => void, onOnline: () => void): () => void {
  const hidden = () => {
    if (document.visibilityState === 'hidden') onHiding();
  };
  document.addEventListener('visibilitychange', hidden);
  window.addEventListener('pagehide', hidden);
  window.addEventListener('online', onOnline);
  return () => {
    document.removeEventListener('visibilitychange', hidden);
    window.removeEventListener('pagehide', hidden);
    window.removeEventListener('online', onOnline);
  };
}
