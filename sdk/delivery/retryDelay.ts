export interface Backoff {
  /** Wait before the first retry (before jitter). */
  baseMs: number;
  /** Longest wait between two attempts. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1000, maxMs: 5 * 60_000 };

/** Seconds or an HTTP date, as servers send in `Retry-After`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `attempt` (1, 2, …): exponential from `baseMs` (1 s) up
 * to `maxMs` (5 min) with jitter (between half and all of it) so many clients don't retry in
 * step. A server's `Retry-After` is honoured as a floor.
 */
export function retryDelayMs(attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random, backoff: Backoff = DEFAULT_BACKOFF): number {
  const exponential = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential * (0.5 + random() / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
