import type { ExperimentArmsOptions } from '../../../shared/analytics/experimentArms.ts';
import type { ExperimentDay } from '../../../shared/analytics/experimentDaily.ts';
import { DAY_MS, fillDays } from '../../../shared/analytics/utcDay.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfter } from './reachedAfter.ts';
import { firstExposures } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/experimentDaily from facts, as experimentArmsSql counts the arms: each
 * person's first exposure (first_touches) and first goal within the window (reachedAfter),
 * bucketed by the UTC day of each.
 */
export async function experimentDailySql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions & { verifiedOnly?: boolean } = {}): Promise<ExperimentDay[]> {
  const params = new SqlParams();
  const exposures = firstExposures(params, projectId, experiment.key, options.env, options.verifiedOnly);
  const goals = goalReaches(params, projectId, experiment.goal, options.env, undefined, options.verifiedOnly);
  const window = params.add(experiment.attributionDays * DAY_MS, 'bigint');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const keys = params.add(experiment.variants.map((v) => v.key), 'text[]');
  const day = params.add(DAY_MS, 'bigint');
  const { rows } = await db.query<{ variant: string; day: number; exposed: number; converted: number }>(
    `with per_person as materialized (select * from ${reachedAfter(`(select f.person, f.variant, f.ts from ${exposures} f where f.variant = any(${keys})
       and (${from} is null or f.ts >= ${from}) and (${to} is null or f.ts < ${to}))`, goals, window, ['variant'])} p)
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
