import type { Waymark } from './Waymark.ts';

/**
 * What `init` returns outside a browser (server-side rendering, tests in Node): the SDK's API with
 * nothing behind it, so code shared with the server can call it without checks.
 */
export function inertWaymark(): Waymark {
  const inert = {
    ready: Promise.resolve(),
    identify() {},
    track() {},
    start() {},
    open() {},
    on() {},
    off() {},
    flush: () => Promise.resolve(),
    destroy() {},
    hasReached: () => false,
    flows: [],
  } satisfies Pick<Waymark, keyof Waymark>;
  return inert as unknown as Waymark;
}
