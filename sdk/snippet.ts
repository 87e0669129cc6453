/**
 * The async loader customers paste inline: a stub `window.waymark` that queues calls until the
 * SDK arrives, which then replays them in order. Edit the URL; under a CSP give the inline
 * script a nonce (see README).
 */
((w: Record<string, unknown>, d: Document, src: string) => {
  if (w.waymark) return;
  const queue: unknown[][] = [];
  const stub: Record<string, unknown> = { _q: queue };
  for (const method of ['init', 'identify', 'track', 'start', 'on', 'off']) stub[method] = (...args: unknown[]) => void queue.push([method, ...args]);
  w.waymark = stub;
  const script = d.createElement('script');
  script.async = true;
  script.src = src;
  d.head.appendChild(script);
})(window as unknown as Record<string, unknown>, document, '/sdk/waymark.iife.js');
