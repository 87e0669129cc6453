import { describe, expect, it } from 'vitest';
import { experimentArms } from '../../../shared/analytics/experimentArms.ts';
import { assignVariant } from '../../../shared/experiment/assignVariant.ts';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { mulberry32 } from '../../../shared/stats/mulberry32.ts';
import { DAY, EventLog, MINUTE, T0 } from './eventLog.ts';
import { experiment } from '../../support/fixtures/experiment.ts';

const EXPERIMENT = experiment({ key: 'activation-bar', seed: 'activation-bar', arm: 'bar-checklist-tour' });

describe('experimentArms', () => {
  it('counts each user in the variant of their first exposure and converts them within the attribution window', () => {
    const log = new EventLog();
    const expose = (user: string, variant: string, ts = T0) => log.add('experiment_exposure', user, ts, { experimentId: 'activation-bar', variant, props: {} });
    expose('a', 'control');
    log.milestone('a', T0 + 13 * DAY, 'integration-connected'); // inside 14 days
    expose('b', 'control');
    log.milestone('b', T0 + 15 * DAY, 'integration-connected'); // too late
    expose('c', 'bar-checklist-tour');
    log.milestone('c', T0 - MINUTE, 'integration-connected'); // before exposure
    expose('d', 'bar-checklist-tour');
    expose('d', 'control', T0 + DAY); // re-exposed after a bucket change: first exposure counts
    log.milestone('d', T0 + 2 * DAY, 'integration-connected');
    expose('e', 'retired-variant');
    log.add('experiment_exposure', 'f', T0, { experimentId: 'other-experiment', variant: 'control', props: {} });
    log.milestone('never-exposed', T0, 'integration-connected');

    expect(experimentArms(log.events, EXPERIMENT)).toEqual([
      { key: 'control', exposed: 2, converted: 1, weight: 1 },
      { key: 'bar-checklist-tour', exposed: 2, converted: 1, weight: 1 },
    ]);
    // Exposure date range: users exposed from the second day on only.
    expose('g', 'control', T0 + 2 * DAY);
    expect(experimentArms(log.events, EXPERIMENT, { from: T0 + DAY }).map((a) => a.exposed)).toEqual([1, 0]);
  });

  it('the reference case end to end: hashed assignment, exposure and goal events, then an honest result', () => {
    const random = mulberry32(7);
    const log = new EventLog();
    const trueRate: Record<string, number> = { control: 0.42, 'bar-checklist-tour': 0.57 };
    for (let i = 0; i < 1200; i++) {
      const user = `chatly-user-${i}`;
      const variant = assignVariant(EXPERIMENT, user)!;
      const ts = T0 + i * MINUTE;
      log.add('experiment_exposure', user, ts, { experimentId: EXPERIMENT.key, variant, props: {} });
      if (random() < trueRate[variant]!) log.milestone(user, ts + Math.floor(random() * 10 * DAY), 'integration-connected');
    }
    const arms = experimentArms(log.events, EXPERIMENT);
    expect(arms[0]!.exposed + arms[1]!.exposed).toBe(1200);
    const result = analyzeExperiment(arms);
    expect(result.sampleRatioMismatch.alert).toBe(false);
    expect(result.gate.ready).toBe(true);
    const lift = result.arms[1]!.vsControl!;
    expect(lift.verdict).toBe('better');
    expect(lift.absoluteLift.low).toBeLessThan(0.15);
    expect(lift.absoluteLift.high).toBeGreaterThan(0.15);
  });
});
