import type { ExperimentArmsOptions } from '../../../shared/analytics/experimentArms.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { ArmCounts } from '../../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { personOf } from './personOf.ts';
import { firstExposures, propIs } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

const DAY_MS = 86_400_000;

/**
 * shared/analytics/experimentArms in SQL: each person's first exposure (over all time), the
 * exposure date range applied to it, and conversion = the goal milestone reached within the
 * attribution window after it. Exposures to variants the experiment no longer has are left out.
 */
export async function experimentArmsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions = {}): Promise<ArmCounts[]> {
  const params = new SqlParams();
  const exposures = firstExposures(params, projectId, experiment.key, 'f.person, f.variant, f.ts');
  const goal = propIs(params, 'milestone', experiment.goal, 'm');
  const project = params.add(projectId);
  const window = params.add(experiment.attributionDays * DAY_MS, 'float8');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const { rows } = await db.query<{ variant: string; exposed: number; converted: number }>(
    `with exposed as (${exposures} where f.variant is not null
       and (${from} is null or f.ts >= ${from}) and (${to} is null or f.ts < ${to})),
     goal as (select ${personOf('m')} as person, m.ts from events m where m.project_id = ${project} and m.type = 'milestone_reached' and ${goal})
     select x.variant, count(distinct x.person) as exposed, count(distinct x.person) filter (where g.person is not null) as converted
     from exposed x left join goal g on g.person = x.person and g.ts >= x.ts and g.ts - x.ts <= ${window}
     group by x.variant`,
    params.values,
  );
  const byVariant = new Map(rows.map((r) => [r.variant, r]));
  return experiment.variants.map((v) => ({ key: v.key, exposed: byVariant.get(v.key)?.exposed ?? 0, converted: byVariant.get(v.key)?.converted ?? 0, weight: v.weight }));
}
