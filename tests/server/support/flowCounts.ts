import type { Queryable } from '../../../server/db/Db.ts';

/** A project's stored flow counts (zeros left out) and a recount of them from person_flow_touches. */
export async function flowCountsAndRecount(db: Queryable, projectId: string) {
  const stored = await db.query(
    `select flow_id, measure, step_id, item, flow_version, env, people from flow_touch_counts where project_id = $1 and people <> 0 order by 1, 2, 3, 4, 5, 6`,
    [projectId],
  );
  const recount = await db.query(
    `select flow_id, measure, step_id, item, flow_version, env, count(*)::bigint as people from person_flow_touch_memberships where project_id = $1 group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`,
    [projectId],
  );
  return { stored: stored.rows, recount: recount.rows };
}

/** A project's stored flow firsts and the firsts of its person_flow_touches rows now. */
export async function flowFirstsAndRecount(db: Queryable, projectId: string) {
  const stored = await db.query(`select flow_id, type, step_id, item, flow_version, env, ts, event_id, min_index from flow_touch_firsts where project_id = $1 order by 1, 2, 3, 4, 5, 6`, [projectId]);
  const recount = await db.query(
    `select distinct on (flow_id, type, step_id, item, flow_version, env) flow_id, type, step_id, item, flow_version, env, ts, event_id,
       min(min_index) over (partition by flow_id, type, step_id, item, flow_version, env) as min_index
     from person_flow_touches where project_id = $1 order by 1, 2, 3, 4, 5, 6, ts, event_id`,
    [projectId],
  );
  return { stored: stored.rows, recount: recount.rows };
}
