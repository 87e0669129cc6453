import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { ArmCounts } from '../../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { exposedPeopleSql, type ExposedScope } from './exposedPeopleSql.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/experimentArms from facts: the people exposedPeopleSql yields (first exposure over
 * all time, the date range applied to it, the goal within the attribution window after it), per arm.
 * Exposures to variants the experiment no longer has are left out.
 */
export async function experimentArmsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExposedScope = {}): Promise<ArmCounts[]> {
  const params = new SqlParams();
  const { rows } = await db.query<{ variant: string; exposed: number; converted: number }>(
    `select variant, count(*) as exposed, count(*) filter (where converted) as converted
     from ${exposedPeopleSql(params, projectId, experiment, options)} per_person
     group by variant`,
    params.values,
  );
  const byVariant = new Map(rows.map((r) => [r.variant, r]));
  return experiment.variants.map((v) => ({ key: v.key, exposed: byVariant.get(v.key)?.exposed ?? 0, converted: byVariant.get(v.key)?.converted ?? 0, weight: v.weight }));
}
