import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowCountsAnswer, flowCounts } from './flowCounts.ts';
import { scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';

export interface FlowTotals {
  flowId: string;
  started: number;
  completed: number;
  dismissed: number;
}

/** People who started, completed and dismissed each flow with events (the funnel's ends, for every flow at once); from the flow counts when the filter allows. */
export async function flowTotalsSql(db: Queryable, projectId: string, filter: AnalyticsFilter = {}, scope: EventScope = scopedFlowEvents): Promise<FlowTotals[]> {
  if (flowCountsAnswer(filter, scope)) {
    const totals = new Map<string, FlowTotals>();
    for (const { flowId, measure, people } of await flowCounts(db, projectId, filter, ['started', 'completed', 'dismissed'])) {
      const flow = totals.get(flowId) ?? totals.set(flowId, { flowId, started: 0, completed: 0, dismissed: 0 }).get(flowId)!;
      flow[measure as 'started' | 'completed' | 'dismissed'] = people;
    }
    return [...totals.values()];
  }
  const params = new SqlParams();
  const scoped = scope(params, projectId, filter, [`e.type in ('flow_started', 'flow_completed', 'flow_dismissed')`, 'e.flow_id is not null']);
  const { rows } = await db.query<FlowTotals>(
    `select s.flow_id as "flowId",
       count(distinct s.person) filter (where s.type = 'flow_started') as started,
       count(distinct s.person) filter (where s.type = 'flow_completed') as completed,
       count(distinct s.person) filter (where s.type = 'flow_dismissed') as dismissed
     from ${scoped} s group by s.flow_id order by s.flow_id`,
    params.values,
  );
  return rows;
}
