import type { InitOptions } from '../options.ts';
import { DEFAULT_BACKOFF, type Backoff } from './retryDelay.ts';

const positive = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

/** The retry backoff from `init({ retry })`, with the defaults for what is missing or invalid. */
export function backoffFrom(retry: InitOptions['retry']): Backoff {
  const baseMs = positive(retry?.baseDelayMs, DEFAULT_BACKOFF.baseMs);
  return { baseMs, maxMs: Math.max(baseMs, positive(retry?.maxDelayMs, DEFAULT_BACKOFF.maxMs)) };
}
