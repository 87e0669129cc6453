import type { Experiment } from '../schema/experiment.ts';
import type { PreExposureSums } from '../stats/analyzeExperiment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { ExperimentArmsOptions } from './experimentArms.ts';
import { exposedPeople } from './exposedPeople.ts';
import { DAY_MS } from './utcDay.ts';

/** How far before exposure a person's activity is counted for CUPED. */
export const PRE_PERIOD_MS = 7 * DAY_MS;

/**
 * CUPED's covariate per arm, summed: x = the events a person sent in the 7 days before their
 * first exposure (their activity, which the experiment cannot have moved), over the people
 * experimentArms counts; sumXY over those who converted. Sufficient statistics only, so the
 * server ships sums, not people.
 */
export function preExposureSums(events: readonly AnalyticsEvent[], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions = {}): Record<string, PreExposureSums> {
  const { people, selected } = exposedPeople(events, experiment, options);
  const activity = new Map<string, number>();
  for (const e of selected) {
    const p = people.get(e.user);
    if (p && e.ts < p.entry.ts && e.ts >= p.entry.ts - PRE_PERIOD_MS) activity.set(e.user, (activity.get(e.user) ?? 0) + 1);
  }
  const sums: Record<string, PreExposureSums> = Object.fromEntries(experiment.variants.map((v) => [v.key, { sumX: 0, sumX2: 0, sumXY: 0 }]));
  for (const [user, p] of people) {
    const x = activity.get(user) ?? 0;
    const arm = sums[p.variant]!;
    arm.sumX += x;
    arm.sumX2 += x * x;
    if (p.reached !== null) arm.sumXY += x;
  }
  return sums;
}
