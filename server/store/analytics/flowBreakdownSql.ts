import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { FlowSegment } from '../../../shared/analytics/flowBreakdown.ts';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import { segmentOrder } from '../../../shared/analytics/segmentOrder.ts';
import type { Queryable } from '../../db/Db.ts';
import { scopedFlowEvents } from './scopedFlowFacts.ts';
import { segmentSql } from './segmentSql.ts';
import { SqlParams } from './SqlParams.ts';
import { timeOrderKey } from './scopedEvents.ts';

/** shared/analytics/flowBreakdown in SQL: each person's first start in scope (flow_touches when it can answer), its event's props for the segment. */
export async function flowBreakdownSql(db: Queryable, projectId: string, flowId: string, breakdown: Breakdown, filter: AnalyticsFilter = {}): Promise<FlowSegment[]> {
  const params = new SqlParams();
  const scoped = scopedFlowEvents(params, projectId, filter, [`e.flow_id = ${params.add(flowId, 'text')}`, `e.type in ('flow_started', 'flow_completed')`]);
  const project = params.add(projectId, 'text');
  const { rows } = await db.query<{ segment: string; started: number; completed: number }>(
    `with s as materialized ${scoped},
     firsts as (
       select person, substr(min(${timeOrderKey('s')}) filter (where type = 'flow_started'), 21)::uuid as entry_id, bool_or(type = 'flow_completed') as completed
       from s group by person
     )
     select ${segmentSql(params, breakdown, 'ev')} as segment, count(*)::int as started, count(*) filter (where f.completed)::int as completed
     from firsts f join events ev on ev.project_id = ${project} and ev.id = f.entry_id
     group by 1`,
    params.values,
  );
  return segmentOrder(rows.map((r) => ({ segment: r.segment, started: r.started, completed: r.completed, completionRate: r.started > 0 ? r.completed / r.started : 0 })), (r) => r.started);
}
