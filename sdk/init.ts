import { inertWaymark } from './inertWaymark.ts';
import type { InitOptions } from './options.ts';
import { Waymark } from './Waymark.ts';

let toldInert = false;

/**
 * Creates an SDK instance. Never throws: problems go to `options.onError` (or one console warning each).
 * Outside a browser (server-side rendering) it returns an inert instance with the same API, and says so once.
 */
export function init(options: InitOptions = {}): Waymark {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    if (!toldInert) console.info('waymark: init() ran outside a browser (server-side rendering?), so this instance does nothing; flows start when init runs in the page.');
    toldInert = true;
    return inertWaymark();
  }
  const safe = typeof options === 'object' && options !== null ? options : {};
  return new Waymark(safe);
}
