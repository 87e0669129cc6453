import type { InitOptions } from './options.ts';
import { Waymark } from './Waymark.ts';

/** Creates an SDK instance. Never throws: problems go to `options.onError` (or one console warning each). */
export function init(options: InitOptions = {}): Waymark {
  const safe = typeof options === 'object' && options !== null ? options : {};
  return new Waymark(safe);
}
