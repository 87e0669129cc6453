import { describe, expect, it } from 'vitest';
import { allowedByFrequency, type FrequencyHistory } from '../../../shared/targeting/allowedByFrequency.ts';

const DAY = 86_400_000;
const seen = (over: Partial<FrequencyHistory> = {}): FrequencyHistory => ({ starts: 1, status: 'dismissed', lastStartedAt: 0, sessionId: 's1', ...over });

describe('allowedByFrequency', () => {
  it('a flow never seen may always start', () => {
    for (const type of ['once', 'every_session', 'until_completed'] as const) expect(allowedByFrequency({ type }, undefined, 's1', 0)).toBe(true);
  });
  it('once: never again', () => {
    expect(allowedByFrequency({ type: 'once' }, seen(), 's2', 10 * DAY)).toBe(false);
  });
  it('every session: again in a new session only', () => {
    expect(allowedByFrequency({ type: 'every_session' }, seen(), 's1', 0)).toBe(false);
    expect(allowedByFrequency({ type: 'every_session' }, seen(), 's2', 0)).toBe(true);
  });
  it('until completed: a dismissal holds for the session, completion for good', () => {
    expect(allowedByFrequency({ type: 'until_completed' }, seen(), 's1', 0)).toBe(false);
    expect(allowedByFrequency({ type: 'until_completed' }, seen(), 's2', 0)).toBe(true);
    expect(allowedByFrequency({ type: 'until_completed' }, seen({ status: 'completed' }), 's2', 0)).toBe(false);
  });
  it('every N days', () => {
    expect(allowedByFrequency({ type: 'every_n_days', days: 7 }, seen(), 's1', 6 * DAY)).toBe(false);
    expect(allowedByFrequency({ type: 'every_n_days', days: 7 }, seen(), 's1', 7 * DAY)).toBe(true);
  });
});
