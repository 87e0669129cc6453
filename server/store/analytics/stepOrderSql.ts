import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowCountsAnswer, flowFirsts, orderBy } from './flowCounts.ts';
import { timeOrderKey } from './scopedEvents.ts';
import { scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * The flow's step ids in order, as shared/analytics/stepOrder: the known steps (flow document)
 * first, then other steps seen in events of these types by the lowest index they were shown at
 * (no index last), ties by when they were first seen. From the flow firsts (a row per step,
 * version and environment) when the filter allows.
 */
export async function stepOrderSql(db: Queryable, projectId: string, flowId: string, types: readonly string[], known: readonly string[], filter: AnalyticsFilter, scope: EventScope = scopedFlowEvents): Promise<string[]> {
  if (flowCountsAnswer(filter, scope)) return orderBy(known, await flowFirsts(db, projectId, flowId, filter, types, 'step_id'));
  const params = new SqlParams();
  const scoped = scope(params, projectId, filter, [
    `e.flow_id = ${params.add(flowId, 'text')}`,
    `e.type in (select jsonb_array_elements_text(${params.add(JSON.stringify(types), 'jsonb')}))`,
    'e.step_id is not null',
  ]);
  const { rows } = await db.query<{ step_id: string; idx: number | null; first: string }>(
    `select s.step_id, min(case when jsonb_typeof(s.props->'index') = 'number' then (s.props->>'index')::float8 end) as idx, min(${timeOrderKey('s')}) as first
     from ${scoped} s group by s.step_id`,
    params.values,
  );
  return orderBy(known, rows.map((r) => ({ id: r.step_id, idx: r.idx, first: r.first })));
}
