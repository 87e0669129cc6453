import type { StepHealthCount } from '../../shared/analytics/stepHealthCounts.ts';
import type { Queryable } from '../db/Db.ts';

/** `stepHealthCounts` (shared/analytics) over the project's events received since `since`. */
export async function stepHealthCountsSql(db: Queryable, projectId: string, since: number): Promise<StepHealthCount[]> {
  const { rows } = await db.query<StepHealthCount>(
    `select env, flow_id as "flowId", flow_version as "flowVersion", step_id as "stepId",
       count(distinct coalesce(user_id, anonymous_id))::int as users,
       (count(distinct coalesce(user_id, anonymous_id)) filter (where type = 'anchor_missing'))::int as missing
     from events
     where project_id = $1 and received_at >= $2 and type in ('step_shown', 'anchor_missing')
       and flow_id is not null and flow_version is not null and step_id is not null
     group by env, flow_id, flow_version, step_id
     order by env collate "C", flow_id collate "C", flow_version, step_id collate "C"`,
    [projectId, since],
  );
  return rows;
}
