import { describe, expect, it } from 'vitest';
import { journeyMap } from '../../../shared/analytics/journeyMap.ts';
import { DAY, EventLog, T0 } from './eventLog.ts';
import { milestone } from '../../support/fixtures/milestone.ts';

const MILESTONES = [
  milestone('signed-up', 'acquisition'),
  milestone('integration-connected', 'activation'),
  milestone('widget-customised', 'activation'),
  milestone('teammate-invited', 'adoption'),
  milestone('plan-upgraded', 'expansion'),
];

describe('journeyMap', () => {
  it('the chatbot reference: 100 sign-ups, 42 integrate, 30 invite, 20 upgrade; the friction is at activation', () => {
    const log = new EventLog();
    for (let i = 0; i < 100; i++) {
      const user = `u${i}`;
      log.milestone(user, T0 + i, 'signed-up', 'acquisition');
      // Activation by either milestone; time in acquisition is 1 day for half the activated, 3 days for the other half.
      if (i < 42) log.milestone(user, T0 + i + (i % 2 === 0 ? 1 : 3) * DAY, i < 21 ? 'integration-connected' : 'widget-customised');
      if (i < 30) log.milestone(user, T0 + i + 5 * DAY, 'teammate-invited', 'adoption');
      if (i < 20) log.milestone(user, T0 + i + 12 * DAY, 'plan-upgraded', 'expansion');
    }
    log.add('page_view', 'visitor-only', T0, { props: {} }); // seen but never signed up
    const map = journeyMap(log.events, MILESTONES);
    expect(map.users).toBe(101);
    expect(map.stages.map((s) => [s.stage, s.users])).toEqual([['acquisition', 100], ['activation', 42], ['adoption', 30], ['expansion', 20]]);
    expect(map.stages[0]!.conversion).toBeCloseTo(100 / 101, 12);
    expect(map.stages.slice(1).map((s) => s.conversion)).toEqual([0.42, 30 / 42, 20 / 30]);
    expect(map.stages[1]!.milestones).toEqual(['integration-connected', 'widget-customised']);
    expect(map.stages.map((s) => s.medianTimeInStageMs)).toEqual([2 * DAY, 0.5 * (4 * DAY + 2 * DAY), 7 * DAY, null]);
    expect(map.frictionPoint).toEqual({ from: 'acquisition', to: 'activation', conversion: 0.42 });
  });

  it('filters by date, skips stages with no milestones, and has no friction point without users', () => {
    const log = new EventLog();
    log.milestone('early', T0, 'signed-up', 'acquisition');
    log.milestone('late', T0 + 10 * DAY, 'signed-up', 'acquisition');
    log.milestone('late', T0 + 11 * DAY, 'integration-connected');
    const map = journeyMap(log.events, MILESTONES, { from: T0 + DAY });
    expect(map.users).toBe(1);
    expect(map.stages.map((s) => s.users)).toEqual([1, 1, 0, 0]);
    expect(map.stages.map((s) => s.stage)).not.toContain('retention');
    expect(map.frictionPoint).toEqual({ from: 'activation', to: 'adoption', conversion: 0 });
    expect(journeyMap([], MILESTONES).frictionPoint).toBeNull();
  });
});
