import { describe, expect, it } from 'vitest';
import { goalConversion } from '../../../shared/analytics/goalConversion.ts';
import { timeToMilestone } from '../../../shared/analytics/timeToMilestone.ts';
import { DAY, EventLog, MINUTE, T0 } from './eventLog.ts';

describe('goalConversion', () => {
  it('counts users who reach the goal after starting the flow, within the window', () => {
    const log = new EventLog();
    for (let i = 0; i < 5; i++) log.tour(`u${i}`, T0, 'bar', ['bar'], 1, 'completed');
    log.milestone('u0', T0 + 10 * MINUTE, 'integration-connected');
    log.milestone('u1', T0 + 2 * DAY, 'integration-connected');
    log.milestone('u1', T0 + 3 * DAY, 'integration-connected'); // reached again: still one user
    log.milestone('u2', T0 - MINUTE, 'integration-connected'); // before the flow: not the flow's doing
    log.milestone('u3', T0 + 20 * DAY, 'integration-connected'); // outside a 14-day window
    log.milestone('nobody-started', T0, 'integration-connected');
    log.milestone('u4', T0 + MINUTE, 'other-goal');

    const anyTime = goalConversion(log.events, 'bar', 'integration-connected');
    expect([anyTime.users, anyTime.converted]).toEqual([5, 3]);
    expect(anyTime.rate.estimate).toBe(0.6);
    const in14Days = goalConversion(log.events, 'bar', 'integration-connected', { windowMs: 14 * DAY });
    expect(in14Days.converted).toBe(2);
    // Wilson 95% interval for 2 of 5 (SciPy: 0.1176, 0.7693).
    expect(in14Days.rate.low).toBeCloseTo(0.11762, 4);
    expect(in14Days.rate.high).toBeCloseTo(0.76928, 4);
  });
});

describe('timeToMilestone', () => {
  it('median and p90 from first seen, as percentile_cont would give them', () => {
    const log = new EventLog();
    [1, 2, 3, 4, 10].forEach((minutes, i) => {
      log.add('page_view', `u${i}`, T0 + i * DAY, { props: {} });
      log.milestone(`u${i}`, T0 + i * DAY + minutes * MINUTE, 'integration-connected');
      log.milestone(`u${i}`, T0 + i * DAY + 100 * minutes * MINUTE, 'integration-connected'); // later repeats don't count
    });
    log.add('page_view', 'never', T0, { props: {} });
    const result = timeToMilestone(log.events, 'integration-connected');
    expect(result.users).toBe(6);
    expect(result.reached).toBe(5);
    expect(result.medianMs).toBe(3 * MINUTE);
    expect(result.p90Ms).toBeCloseTo(7.6 * MINUTE, 6); // 4 + 0.6·(10 − 4)
  });

  it('measures from an earlier milestone when asked, skipping users who never reached it', () => {
    const log = new EventLog();
    log.milestone('a', T0, 'signed-up');
    log.milestone('a', T0 + 2 * DAY, 'integration-connected');
    log.milestone('b', T0, 'signed-up');
    log.milestone('b', T0 + 4 * DAY, 'integration-connected');
    log.milestone('c', T0, 'integration-connected'); // no sign-up milestone
    log.milestone('d', T0, 'signed-up'); // not reached yet
    const result = timeToMilestone(log.events, 'integration-connected', { since: 'signed-up' });
    expect(result).toEqual({ users: 3, reached: 2, medianMs: 3 * DAY, p90Ms: 3.8 * DAY });
    expect(timeToMilestone(log.events, 'never-reached')).toMatchObject({ reached: 0, medianMs: null, p90Ms: null });
  });
});
