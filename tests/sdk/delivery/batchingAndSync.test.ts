import { describe, expect, it } from 'vitest';
import type { EventEnvelope } from '../../../shared/schema/event.ts';
import type { FlowState } from '../../../shared/schema/userState.ts';
import { emptyUserState } from '../../../shared/state/emptyUserState.ts';
import { mergeUserState } from '../../../shared/state/mergeUserState.ts';
import { resolveOptions } from '../../../sdk/options.ts';
import { fitBatch } from '../../../sdk/delivery/fitBatch.ts';
import { retryDelayMs } from '../../../sdk/delivery/retryDelay.ts';
import { changesSince } from '../../../sdk/sync/localUserState.ts';

const event = (n: number, text: string): EventEnvelope => ({ id: `0190a3c4-5e6f-7a8b-9c0d-${String(n).padStart(12, '0')}`, type: 'x', ts: 1, anonymousId: 'a', sessionId: 's', props: { text } });

describe('fitBatch', () => {
  it('counts UTF-8 bytes, not characters, and always sends at least one event', () => {
    const ascii = [event(1, 'a'.repeat(300)), event(2, 'a'.repeat(300))];
    const emoji = [event(1, '😀'.repeat(150)), event(2, '😀'.repeat(150))];
    expect(fitBatch(ascii, 1000)).toHaveLength(2);
    // 150 emoji are 300 UTF-16 units but 600 bytes: two of them no longer fit.
    expect(fitBatch(emoji, 1000)).toHaveLength(1);
    expect(fitBatch([event(1, 'a'.repeat(5000))], 1000)).toHaveLength(1);
  });
});

const backoffFrom = (retry: { baseDelayMs?: number; maxDelayMs?: number }) => resolveOptions({ retry }).retry;

describe('backoff options', () => {
  it('uses the configured base and cap, falling back to the defaults for bad values', () => {
    const fast = backoffFrom({ baseDelayMs: 50, maxDelayMs: 400 });
    expect(retryDelayMs(1, undefined, () => 1, fast)).toBe(50);
    expect(retryDelayMs(10, undefined, () => 1, fast)).toBe(400);
    expect(retryDelayMs(10, 2000, () => 1, fast)).toBe(2000);
    expect(backoffFrom({ baseDelayMs: -1, maxDelayMs: Number.NaN })).toEqual({ baseMs: 1000, maxMs: 300_000 });
    expect(backoffFrom({ baseDelayMs: 5000, maxDelayMs: 10 })).toEqual({ baseMs: 5000, maxMs: 5000 });
  });
});

describe('user state sync: what goes back to the server', () => {
  const flow = (changes: Partial<FlowState>): FlowState => ({ flowVersion: 1, status: 'active', stepIndex: 0, starts: 1, lastStartedAt: 10, updatedAt: 10, ...changes });
  it('sends only what the server does not have after merging', () => {
    const remote = { ...emptyUserState('u'), flows: { tour: flow({ status: 'completed', completedAt: 20, updatedAt: 20 }) }, milestones: { a: 5 } };
    const local = { ...emptyUserState('u'), flows: { tour: flow({ stepIndex: 2, updatedAt: 30 }), bar: flow({}) }, milestones: { a: 9, b: 40 } };
    const merged = mergeUserState(remote, local);
    const diff = changesSince(remote, merged);
    expect(merged.flows.tour!.status).toBe('completed');
    expect(Object.keys(diff.flows).sort()).toEqual(['bar', 'tour']);
    expect(diff.milestones).toEqual({ b: 40 });
    expect(changesSince(merged, merged)).toMatchObject({ flows: {}, milestones: {}, experiments: {} });
  });
});
