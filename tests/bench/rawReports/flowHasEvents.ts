import type { Queryable } from '../../../server/db/Db.ts';

/** Whether any event mentions the flow (a flow removed from the bundle still has its history). */
export async function flowHasEvents(db: Queryable, projectId: string, flowId: string): Promise<boolean> {
  const { rows } = await db.query(`select 1 from events where project_id = $1 and flow_id = $2 limit 1`, [projectId, flowId]);
  return rows.length > 0;
}
