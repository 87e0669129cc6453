import { HOLDOUT_EXPERIMENT_ID, type HoldoutArms, type HoldoutArmsOptions } from '../../../shared/analytics/holdoutArms.ts';
import type { Queryable } from '../../db/Db.ts';
import { firstTouches } from './firstTouches.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfterFacts } from './reachedAfter.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/holdoutArms from facts: per person, whether they were ever logged in the
 * global holdout and when they entered (first holdout exposure, else first flow start or
 * experiment exposure, from first_touches), and whether the goal followed within the window.
 */
export async function holdoutArmsSql(db: Queryable, projectId: string, options: HoldoutArmsOptions & { verifiedOnly?: boolean }): Promise<HoldoutArms> {
  const params = new SqlParams();
  const exposures = firstTouches(params, projectId, 'exposure', { env: options.env, verifiedOnly: options.verifiedOnly });
  const starts = firstTouches(params, projectId, 'flow_started', { env: options.env, verifiedOnly: options.verifiedOnly });
  const holdout = params.add(HOLDOUT_EXPERIMENT_ID, 'text');
  const goals = goalReaches(params, projectId, options.goal, options.env, undefined, options.verifiedOnly);
  const window = params.add(options.windowMs ?? null, 'bigint');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const { rows } = await db.query<{ held: boolean; exposed: number; converted: number }>(
    `with touches as (
       select person, key = ${holdout} as is_held, ts from ${exposures} x
       union all select person, false, ts from ${starts} s
     ),
     entered as (
       select person, bool_or(is_held) as held, coalesce(min(ts) filter (where is_held), min(ts)) as entry
       from touches group by person
     ),
     in_range as (select person, entry as ts, held from entered where (${from} is null or entry >= ${from}) and (${to} is null or entry < ${to}))
     select held, count(*) as exposed, count(*) filter (where converted) as converted
     from ${reachedAfterFacts('in_range', goals, window, ['held'])} per_person group by held`,
    params.values,
  );
  const arm = (held: boolean) => {
    const row = rows.find((r) => r.held === held);
    return { exposed: row?.exposed ?? 0, converted: row?.converted ?? 0 };
  };
  return { holdout: arm(true), onboarding: arm(false) };
}
