import type { ExperimentDay } from '../../../shared/analytics/experimentDaily.ts';
import { DAY_MS, fillDays } from '../../../shared/analytics/utcDay.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { exposedPeopleSql, type ExposedScope } from './exposedPeopleSql.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/experimentDaily from facts: the people experimentArmsSql counts (exposedPeopleSql),
 * bucketed by the UTC day of their first exposure and of their first goal within the window.
 */
export async function experimentDailySql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExposedScope = {}): Promise<ExperimentDay[]> {
  const params = new SqlParams();
  const day = params.add(DAY_MS, 'bigint');
  const { rows } = await db.query<{ variant: string; day: number; exposed: number; converted: number }>(
    `with per_person as materialized (select * from ${exposedPeopleSql(params, projectId, experiment, options)} p)
     select variant, day, sum(exposed)::int as exposed, sum(converted)::int as converted from (
       select variant, (start / ${day}) * ${day} as day, 1 as exposed, 0 as converted from per_person
       union all select variant, (reached / ${day}) * ${day}, 0, 1 from per_person where converted
     ) d group by variant, day`,
    params.values,
  );
  const keyList = experiment.variants.map((v) => v.key);
  const empty = () => new Map(keyList.map((k) => [k, { exposed: 0, converted: 0 }]));
  const byDay = new Map<number, Map<string, { exposed: number; converted: number }>>();
  for (const r of rows) (byDay.get(Number(r.day)) ?? byDay.set(Number(r.day), empty()).get(Number(r.day))!).set(r.variant, { exposed: r.exposed, converted: r.converted });
  return fillDays(byDay, empty).map(({ day: d, value }) => ({ day: d, arms: keyList.map((key) => ({ key, ...value.get(key)! })) }));
}
