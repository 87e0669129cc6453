import type { EventEnvironment } from '../schema/eventEnvironment.ts';
import type { Experiment } from '../schema/experiment.ts';
import type { ArmCounts } from '../stats/analyzeExperiment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';

const DAY_MS = 86_400_000;

export interface ExperimentArmsOptions {
  /** Only events sent to this environment (exposures and conversions). */
  env?: EventEnvironment;
  /** Only users first exposed at or after this time (epoch ms). */
  from?: number;
  /** Only users first exposed before this time (epoch ms, exclusive). */
  to?: number;
}

/**
 * Exposed and converted users per variant, ready for analyzeExperiment: a user counts in the
 * variant of their first exposure, and converts if they reach the goal milestone within the
 * attribution window after it. Exposures to variants the experiment no longer has are left out.
 */
export function experimentArms(events: readonly AnalyticsEvent[], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions = {}): ArmCounts[] {
  const selected = selectEvents(events, options.env === undefined ? {} : { env: options.env });
  const exposure = new Map<string, { variant: string | undefined; ts: number }>();
  for (const e of selected) {
    if (e.type === 'experiment_exposure' && e.experimentId === experiment.key && !exposure.has(e.user)) exposure.set(e.user, { variant: e.variant, ts: e.ts });
  }
  const { from = -Infinity, to = Infinity } = options;
  const window = experiment.attributionDays * DAY_MS;
  const converted = new Set<string>();
  for (const e of selected) {
    const exposed = exposure.get(e.user);
    if (exposed && isMilestone(e, experiment.goal) && e.ts >= exposed.ts && e.ts - exposed.ts <= window) converted.add(e.user);
  }
  const arms = new Map(experiment.variants.map((v) => [v.key, { key: v.key, exposed: 0, converted: 0, weight: v.weight }]));
  for (const [user, { variant, ts }] of exposure) {
    const arm = variant === undefined ? undefined : arms.get(variant);
    if (!arm || ts < from || ts >= to) continue;
    arm.exposed++;
    if (converted.has(user)) arm.converted++;
  }
  return [...arms.values()];
}
