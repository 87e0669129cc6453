import { describe, expect, it } from 'vitest';
import { deliveryOutcome } from '../../../sdk/delivery/deliveryOutcome.ts';
import { parseRetryAfter, retryDelayMs } from '../../../sdk/delivery/retryDelay.ts';

describe('retry delay', () => {
  it('doubles from 1 s with jitter between half and all of it, capped at 5 minutes', () => {
    expect(retryDelayMs(1, undefined, () => 1)).toBe(1000);
    expect(retryDelayMs(1, undefined, () => 0)).toBe(500);
    expect(retryDelayMs(4, undefined, () => 1)).toBe(8000);
    expect(retryDelayMs(30, undefined, () => 1)).toBe(300_000);
  });
  it('waits at least as long as Retry-After says', () => {
    expect(retryDelayMs(1, 7000, () => 1)).toBe(7000);
    expect(retryDelayMs(10, 2000, () => 1)).toBe(300_000);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('delivery outcome', () => {
  it('retries server errors, timeouts and rate limits', () => {
    for (const status of [500, 502, 503, 408, 429]) expect(deliveryOutcome(status, null, undefined, 5).kind).toBe('retry');
    expect(deliveryOutcome(429, null, 2000, 5)).toEqual({ kind: 'retry', retryAfterMs: 2000 });
  });
  it('drops only the event the server names, or the batch for other client errors', () => {
    expect(deliveryOutcome(400, { error: { code: 'invalid_body', path: 'events[3].ts', message: 'events[3].ts: x' } }, undefined, 5)).toEqual({ kind: 'drop_one', index: 3, reason: 'invalid_event' });
    expect(deliveryOutcome(400, { error: { code: 'invalid_body', path: 'events[9].ts', message: 'events[9].ts: x' } }, undefined, 5)).toEqual({ kind: 'drop', reason: 'http_400' });
    expect(deliveryOutcome(404, { error: { code: 'unknown_project', message: 'no project has this public key' } }, undefined, 5)).toEqual({ kind: 'drop', reason: 'http_404' });
  });
  it('splits a batch the server found too large, and accepts 2xx', () => {
    expect(deliveryOutcome(413, null, undefined, 8).kind).toBe('split');
    expect(deliveryOutcome(413, null, undefined, 1).kind).toBe('drop');
    expect(deliveryOutcome(200, null, undefined, 8).kind).toBe('delivered');
  });
});
