/**
 * The async loader customers paste inline: a stub `window.waymark` that queues calls until the
 * SDK arrives, which then replays them in order. Edit the URL; under a CSP give the inline
 * script a nonce, and where Trusted Types are enforced allow the one policy named `waymark`
 * (docs/csp.md).
 */
((w: Window & { waymark?: unknown; trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } } }, d: Document, src: string) => {
  if (w.waymark) return;
  const queue: unknown[][] = [];
  const stub: Record<string, unknown> = { _q: queue };
  for (const method of ['init', 'identify', 'track', 'start', 'on', 'off']) stub[method] = (...args: unknown[]) => void queue.push([method, ...args]);
  w.waymark = stub;
  let url: unknown = src;
  try {
    if (w.trustedTypes) url = w.trustedTypes.createPolicy('waymark', { createScriptURL: (u) => u }).createScriptURL(src);
  } catch {
    // The page allows no policy of that name; a plain URL still works where Trusted Types are not enforced.
  }
  try {
    const script = d.createElement('script');
    script.async = true;
    script.src = url as string;
    d.head.appendChild(script);
  } catch {
    // Trusted Types refused the URL: the page loads the SDK with its own <script src> tag and the stub's queue is replayed.
  }
})(window, document, '/sdk/waymark.iife.js');
