import { describe, expect, it } from 'vitest';
import { experimentArms } from '../../../shared/analytics/experimentArms.ts';
import { experimentDaily } from '../../../shared/analytics/experimentDaily.ts';
import { flowDaily } from '../../../shared/analytics/flowDaily.ts';
import { journeyDaily } from '../../../shared/analytics/journeyDaily.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { experimentTrend } from '../../../shared/stats/experimentTrend.ts';
import { recentDailyRate } from '../../../shared/stats/recentDailyRate.ts';
import { generateTraffic } from '../../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_EXPERIMENT } from '../../../scripts/simulation/simulationBundle.ts';
import { DAY, EventLog, MINUTE, T0 } from './eventLog.ts';

const EXPERIMENT: Experiment = {
  key: 'exp',
  seed: 'exp',
  variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'treat', flowId: 'tour', weight: 1 }],
  goal: 'goal',
  attributionDays: 3,
};
const day0 = Math.floor(T0 / DAY) * DAY;

describe('daily series', () => {
  it('an experiment: exposed on the day of the first exposure, converted on the day of the first goal in the window; gaps are zero days', () => {
    const log = new EventLog();
    log.add('experiment_exposure', 'a', T0, { experimentId: 'exp', variant: 'control', props: {} });
    log.milestone('a', T0 + 2 * DAY, 'goal');
    log.milestone('a', T0 + 2 * DAY + MINUTE, 'goal');
    log.add('experiment_exposure', 'b', T0 + MINUTE, { experimentId: 'exp', variant: 'treat', props: {} });
    log.add('experiment_exposure', 'b', T0 + DAY, { experimentId: 'exp', variant: 'control', props: {} }); // re-exposure: still treat
    log.milestone('b', T0 + 5 * DAY, 'goal'); // after the 3-day window
    log.add('experiment_exposure', 'c', T0 + 3 * DAY, { experimentId: 'exp', variant: 'treat', props: {} });
    log.milestone('c', T0 + 3 * DAY + 1, 'goal');
    const days = experimentDaily(log.events, EXPERIMENT);
    expect(days.map((d) => d.day)).toEqual([day0, day0 + DAY, day0 + 2 * DAY, day0 + 3 * DAY]);
    expect(days.map((d) => d.arms.map((a) => [a.exposed, a.converted]))).toEqual([
      [[1, 0], [1, 0]],
      [[0, 0], [0, 0]],
      [[0, 1], [0, 0]],
      [[0, 0], [1, 1]],
    ]);
  });

  it('summed to the last day, the trend is experimentArms and its lift is the sequential one', () => {
    const events = generateTraffic({ users: 800, seed: 5, start: T0 });
    const days = experimentDaily(events, SIMULATED_EXPERIMENT);
    const arms = experimentArms(events, SIMULATED_EXPERIMENT);
    const trend = experimentTrend(days, arms, { control: 'control' });
    const last = trend.at(-1)!;
    expect(last.arms.map((a) => [a.exposed, a.converted])).toEqual(arms.map((a) => [a.exposed, a.converted]));
    const result = analyzeExperiment(arms, { control: 'control', method: 'sequential' });
    expect(last.lifts[0]!.lift).toEqual(result.arms[1]!.vsControl!.absoluteLift);
    // The sequential interval is wider than the fixed one on the same counts: the price of looking every day.
    const fixed = analyzeExperiment(arms, { control: 'control', method: 'fixed' }).arms[1]!.vsControl!.absoluteLift;
    expect(last.lifts[0]!.lift.high - last.lifts[0]!.lift.low).toBeGreaterThan(fixed.high - fixed.low);
    // Cumulative exposures never fall.
    for (let i = 1; i < trend.length; i++) expect(trend[i]!.arms[0]!.exposed).toBeGreaterThanOrEqual(trend[i - 1]!.arms[0]!.exposed);
  });

  it('a flow: first starts and first completions per day, and how many of each day’s starters completed', () => {
    const log = new EventLog();
    log.tour('a', T0, 'tour', ['x', 'y'], 2, 'completed');
    log.tour('b', T0 + MINUTE, 'tour', ['x', 'y'], 1, 'dismissed');
    log.add('flow_started', 'c', T0 + DAY, { flowId: 'tour', flowVersion: 1, props: {} });
    log.add('flow_completed', 'c', T0 + 2 * DAY, { flowId: 'tour', flowVersion: 1, props: {} });
    log.add('flow_started', 'a', T0 + 2 * DAY, { flowId: 'tour', flowVersion: 1, props: {} }); // a restart is not a new starter
    expect(flowDaily(log.events, 'tour')).toEqual([
      { day: day0, started: 2, completed: 1, startersCompleted: 1 },
      { day: day0 + DAY, started: 1, completed: 0, startersCompleted: 1 },
      { day: day0 + 2 * DAY, started: 0, completed: 1, startersCompleted: 0 },
    ]);
    expect(flowDaily(log.events, 'tour', { from: T0 + DAY })[0]).toEqual({ day: day0 + DAY, started: 1, completed: 0, startersCompleted: 1 });
  });

  it('the journey: people arriving at each stage per day, in journey order', () => {
    const log = new EventLog();
    log.milestone('a', T0, 'signed-up');
    log.milestone('a', T0 + DAY, 'connected');
    log.milestone('b', T0 + DAY, 'signed-up');
    log.milestone('b', T0 + DAY, 'signed-up');
    const milestones = [
      { id: 'connected', name: 'Connected', stage: 'activation' as const, reachedBy: [{ type: 'event' as const, name: 'connected' }] },
      { id: 'signed-up', name: 'Signed up', stage: 'acquisition' as const, reachedBy: [{ type: 'event' as const, name: 'signed-up' }] },
    ];
    expect(journeyDaily(log.events, milestones)).toEqual({ stages: ['acquisition', 'activation'], days: [{ day: day0, reached: [1, 0] }, { day: day0 + DAY, reached: [1, 1] }] });
  });

  it("today's traffic: the mean of the last whole days, today left out", () => {
    const days = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ day: day0 + i * DAY, count: i < 9 ? 10 + i : 500 }));
    // Days 2–8 (today is day 9, still filling up).
    expect(recentDailyRate(days, day0 + 9 * DAY + 3600_000)).toBeCloseTo((12 + 13 + 14 + 15 + 16 + 17 + 18) / 7);
    // Two whole days so far: their mean, not a week's.
    expect(recentDailyRate(days.slice(0, 3), day0 + 2 * DAY + 1)).toBe(10.5);
    expect(recentDailyRate(days.slice(0, 1), day0 + 1)).toBeNull();
  });
});
