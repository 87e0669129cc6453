import { resolveOptions } from './options.ts';
import type { Waymark } from './Waymark.ts';

/**
 * One running SDK per store. Apps call `init()` more often than once: on every mount of the
 * component that embeds it, twice under React StrictMode, once from the snippet and again from a
 * script tag. A second instance on the same database would draw every step twice and send every
 * event twice; `init()` on a store that has a running instance returns that instance instead
 * (its user updated when the call names one). `destroy()` frees the store for a new `init()`.
 */
// Shared by every copy of the SDK in the page (a script tag and a bundled copy each have their own
// modules), under a registered symbol: invisible to the page's own key listings.
const registry = Symbol.for('waymark.running');
const running: Map<string, Waymark> = ((globalThis as unknown as Record<symbol, Map<string, Waymark>>)[registry] ??= new Map());
let toldReused = false;

export function reuseRunning(given: unknown): Waymark | null {
  const options = resolveOptions(given);
  const instance = running.get(options.dbName);
  if (!instance) return null;
  if (!toldReused) console.info('waymark: init() ran again while an instance was running on the same store; the running instance is returned (destroy() it first to start over with other options).');
  toldReused = true;
  if (options.userId) instance.identify(options.userId, options.traits, options.server?.userHash ? { userHash: options.server.userHash } : undefined);
  return instance;
}

export function markRunning(store: string, instance: Waymark): void {
  running.set(store, instance);
}

export function markStopped(store: string, instance: Waymark): void {
  if (running.get(store) === instance) running.delete(store);
}
