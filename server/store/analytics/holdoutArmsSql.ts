import { HOLDOUT_EXPERIMENT_ID, type HoldoutArms, type HoldoutArmsOptions } from '../../../shared/analytics/holdoutArms.ts';
import type { Queryable } from '../../db/Db.ts';
import { personOf } from './personOf.ts';
import { propIs } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/holdoutArms in SQL: per person, whether they were ever logged in the global
 * holdout and when they entered (first holdout exposure, else first flow start or experiment
 * exposure), and whether the goal followed within the window; window functions over one scan
 * instead of joins on person (see timeToMilestoneSql).
 */
export async function holdoutArmsSql(db: Queryable, projectId: string, options: HoldoutArmsOptions & { verifiedOnly?: boolean }): Promise<HoldoutArms> {
  const params = new SqlParams();
  const conditions = [
    `e.project_id = ${params.add(projectId)}`,
    `(e.type in ('flow_started', 'experiment_exposure') or (e.type = 'milestone_reached' and ${propIs(params, 'milestone', options.goal)}))`,
  ];
  if (options.env !== undefined) conditions.push(`e.env = ${params.add(options.env, 'text')}`);
  if (options.verifiedOnly) conditions.push('e.user_verified');
  const holdout = params.add(HOLDOUT_EXPERIMENT_ID, 'text');
  const window = params.add(options.windowMs ?? null, 'bigint');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const { rows } = await db.query<{ held: boolean; exposed: number; converted: number }>(
    `with marked as (
       select ${personOf('e')} as person, e.ts, e.type = 'milestone_reached' as is_goal,
         e.type = 'experiment_exposure' and e.experiment_id is not distinct from ${holdout} as is_held
       from events e where ${conditions.join(' and ')}
     ),
     entered as (
       select person, ts, is_goal, bool_or(is_held) over w as held,
         coalesce(min(ts) filter (where is_held) over w, min(ts) filter (where not is_goal) over w) as entry
       from marked window w as (partition by person)
     ),
     per_person as (
       select person, bool_or(held) as held, min(entry) as entry,
         bool_or(is_goal and ts >= entry and (${window} is null or ts - entry <= ${window})) as converted
       from entered where entry is not null group by person
     )
     select held, count(*) as exposed, count(*) filter (where converted) as converted from per_person
     where (${from} is null or entry >= ${from}) and (${to} is null or entry < ${to})
     group by held`,
    params.values,
  );
  const arm = (held: boolean) => {
    const row = rows.find((r) => r.held === held);
    return { exposed: row?.exposed ?? 0, converted: row?.converted ?? 0 };
  };
  return { holdout: arm(true), onboarding: arm(false) };
}
