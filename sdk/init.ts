import { inertWaymark } from './inertWaymark.ts';
import type { InitOptions } from './options.ts';
import { reuseRunning } from './runningInstances.ts';
import { Waymark } from './Waymark.ts';

let toldInert = false;

/**
 * Creates an SDK instance. Never throws: problems go to `options.onError` (or one console warning each).
 * Outside a browser (server-side rendering) it returns an inert instance with the same API, and says so once.
 * On a store (`dbName`) with a running instance it returns that one (see runningInstances.ts).
 */
export function init(options: InitOptions = {}): Waymark {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    if (!toldInert) console.info('waymark: init() ran outside a browser (server-side rendering?), so this instance does nothing; flows start when init runs in the page.');
    toldInert = true;
    return inertWaymark();
  }
  const safe = typeof options === 'object' && options !== null ? options : {};
  try {
    const running = reuseRunning(safe);
    if (running) return running;
  } catch {
    // Options the running instance cannot take are the new instance's to report.
  }
  return new Waymark(safe);
}
