import { PRE_PERIOD_MS } from '../../../shared/analytics/preExposureSums.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { PreExposureSums } from '../../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { exposedPeopleSql, type ExposedScope } from './exposedPeopleSql.ts';
import { linkJoin, personOf } from './personOf.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/preExposureSums in SQL: per arm, the sums of each person's event count in the
 * 7 days before their first exposure (and of its square, and over converters), so CUPED runs on
 * the server's aggregates. One union sorted by person (see reachedAfter) instead of a join.
 */
export async function preExposureSumsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExposedScope = {}): Promise<Record<string, PreExposureSums>> {
  const params = new SqlParams();
  const people = exposedPeopleSql(params, projectId, experiment, options);
  const conditions = [`a.project_id = ${params.add(projectId)}`];
  if (options.env !== undefined) conditions.push(`a.env = ${params.add(options.env, 'text')}`);
  if (options.verifiedOnly) conditions.push('a.user_verified');
  const period = params.add(PRE_PERIOD_MS, 'bigint');
  const { rows } = await db.query<{ variant: string; sum_x: number; sum_x2: number; sum_xy: number }>(
    `with people as materialized (select person, start, variant, converted from ${people} p),
     marked as (
       select u.person, u.ts, u.is_start,
         max(u.start) over w as start, max(u.variant) over w as variant, bool_or(u.converted) over w as converted
       from (
         select person, start as ts, true as is_start, start, variant, converted from people
         union all select ${personOf('a')}, a.ts, false, null, null, null from events a ${linkJoin('a')} where ${conditions.join(' and ')}
       ) u window w as (partition by u.person)
     ),
     per_person as (
       select person, variant, bool_or(converted) as converted, count(*) filter (where not is_start and ts < start and ts >= start - ${period})::float8 as x
       from marked where start is not null group by person, variant
     )
     select variant, sum(x) as sum_x, sum(x * x) as sum_x2, coalesce(sum(x) filter (where converted), 0) as sum_xy from per_person group by variant`,
    params.values,
  );
  return Object.fromEntries(experiment.variants.map((v) => {
    const r = rows.find((x) => x.variant === v.key);
    return [v.key, { sumX: Number(r?.sum_x ?? 0), sumX2: Number(r?.sum_x2 ?? 0), sumXY: Number(r?.sum_xy ?? 0) }];
  }));
}
