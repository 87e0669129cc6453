import type { ExperimentArmsOptions } from '../../../shared/analytics/experimentArms.ts';
import { DAY_MS } from '../../../shared/analytics/utcDay.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfterFacts } from './reachedAfter.ts';
import { firstExposures } from './scopedEvents.ts';
import type { SqlParams } from './SqlParams.ts';

export type ExposedScope = ExperimentArmsOptions & { verifiedOnly?: boolean };

/**
 * shared/analytics/exposedPeople as a subquery: one row per person experimentArmsSql counts, with
 * columns person, variant, start (first exposure), entry_id (its event id), converted and
 * reached (first goal in the window).
 */
export function exposedPeopleSql(params: SqlParams, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExposedScope = {}): string {
  const exposures = firstExposures(params, projectId, experiment.key, options.env, options.verifiedOnly);
  const goals = goalReaches(params, projectId, experiment.goal, options.env, undefined, options.verifiedOnly);
  const window = params.add(experiment.attributionDays * DAY_MS, 'bigint');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const keys = params.add(experiment.variants.map((v) => v.key), 'text[]');
  return reachedAfterFacts(
    `(select f.person, f.variant, f.ts, f.event_id as entry_id from ${exposures} f where f.variant = any(${keys})
      and (${from} is null or f.ts >= ${from}) and (${to} is null or f.ts < ${to}))`,
    goals,
    window,
    ['variant', 'entry_id'],
  );
}
