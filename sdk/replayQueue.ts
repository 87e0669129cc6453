import type { InitOptions } from './options.ts';
import type { Waymark } from './Waymark.ts';

type Method = 'identify' | 'track' | 'start' | 'on' | 'off';
const methods = new Set<string>(['identify', 'track', 'start', 'on', 'off']);

/**
 * Takes over from the async snippet's stub: creates the instance from the queued `init` call and
 * replays every other queued call in order. Returns null when there is no stub or no `init`.
 */
export function replayQueue(stub: unknown, init: (options?: InitOptions) => Waymark): Waymark | null {
  const queue = (stub as { _q?: unknown } | null | undefined)?._q;
  if (!Array.isArray(queue)) return null;
  const initCall = queue.find((call): call is unknown[] => Array.isArray(call) && call[0] === 'init');
  if (!initCall) return null;
  const instance = init(initCall[1] as InitOptions);
  for (const call of queue) {
    if (!Array.isArray(call) || !methods.has(call[0] as string)) continue;
    const [method, ...args] = call as [Method, ...unknown[]];
    (instance[method] as (...a: unknown[]) => void)(...args);
  }
  return instance;
}
