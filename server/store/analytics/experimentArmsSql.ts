import type { ExperimentArmsOptions } from '../../../shared/analytics/experimentArms.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { ArmCounts } from '../../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfter } from './reachedAfter.ts';
import { firstExposures } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

const DAY_MS = 86_400_000;

/**
 * shared/analytics/experimentArms from facts: each person's first exposure (first_touches, over
 * all time), the exposure date range applied to it, and conversion = the goal milestone reached
 * within the attribution window after it (reachedAfter). Exposures to variants the experiment no longer has are left out.
 */
export async function experimentArmsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions & { verifiedOnly?: boolean } = {}): Promise<ArmCounts[]> {
  const params = new SqlParams();
  const exposures = firstExposures(params, projectId, experiment.key, options.env, options.verifiedOnly);
  const goals = goalReaches(params, projectId, experiment.goal, options.env, undefined, options.verifiedOnly);
  const window = params.add(experiment.attributionDays * DAY_MS, 'bigint');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const { rows } = await db.query<{ variant: string; exposed: number; converted: number }>(
    `select variant, count(*) as exposed, count(*) filter (where converted) as converted
     from ${reachedAfter(`(select f.person, f.variant, f.ts from ${exposures} f where f.variant is not null
       and (${from} is null or f.ts >= ${from}) and (${to} is null or f.ts < ${to}))`, goals, window, ['variant'])} per_person
     group by variant`,
    params.values,
  );
  const byVariant = new Map(rows.map((r) => [r.variant, r]));
  return experiment.variants.map((v) => ({ key: v.key, exposed: byVariant.get(v.key)?.exposed ?? 0, converted: byVariant.get(v.key)?.converted ?? 0, weight: v.weight }));
}
