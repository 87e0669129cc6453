import { readErrorBody } from '../../shared/api/errorBody.ts';

/** What to do with a batch after the server answered (or didn't). */
export type DeliveryOutcome =
  | { kind: 'delivered' }
  /** `serverError`: the server answered 5xx (not a timeout, rate limit or network failure). */
  | { kind: 'retry'; retryAfterMs?: number; serverError?: true }
  /** The server named one bad event (`events[3]…`): drop that one, send the rest again. */
  | { kind: 'drop_one'; index: number; reason: string }
  | { kind: 'split' }
  | { kind: 'drop'; reason: string };

const RETRIED = new Set([408, 425, 429]);

/** Classifies an HTTP answer: 2xx delivered; 5xx, 408, 429 retried; 413 split; other 4xx dropped. */
export function deliveryOutcome(status: number, body: unknown, retryAfterMs: number | undefined, batchLength: number): DeliveryOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status >= 500 || RETRIED.has(status)) {
    return { kind: 'retry', ...(retryAfterMs === undefined ? {} : { retryAfterMs }), ...(status >= 500 ? { serverError: true as const } : {}) };
  }
  if (status === 413 && batchLength > 1) return { kind: 'split' };
  const path = readErrorBody(body)?.path;
  const match = path ? /^events\[(\d+)\]/.exec(path) : null;
  if (match && Number(match[1]) < batchLength) return { kind: 'drop_one', index: Number(match[1]), reason: `invalid_event` };
  return { kind: 'drop', reason: `http_${status}` };
}

