import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { FlowDay } from '../../../shared/analytics/flowDaily.ts';
import { DAY_MS, fillDays } from '../../../shared/analytics/utcDay.ts';
import type { Queryable } from '../../db/Db.ts';
import { scopedFlowEvents } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/flowDaily counted in SQL: each person's first start and first completion in scope (flow_touches when it can answer), by UTC day. */
export async function flowDailySql(db: Queryable, projectId: string, flowId: string, filter: AnalyticsFilter = {}): Promise<FlowDay[]> {
  const params = new SqlParams();
  const scoped = scopedFlowEvents(params, projectId, filter, [`e.flow_id = ${params.add(flowId, 'text')}`, `e.type in ('flow_started', 'flow_completed')`]);
  const day = params.add(DAY_MS, 'bigint');
  const { rows } = await db.query<{ day: number; started: number; completed: number; starters_completed: number }>(
    `with firsts as (
       select person, min(ts) filter (where type = 'flow_started') as started, min(ts) filter (where type = 'flow_completed') as completed
       from ${scoped} s group by person
     )
     select day, sum(started)::int as started, sum(completed)::int as completed, sum(starters_completed)::int as starters_completed from (
       select (started / ${day}) * ${day} as day, 1 as started, 0 as completed, case when completed is not null then 1 else 0 end as starters_completed from firsts where started is not null
       union all select (completed / ${day}) * ${day}, 0, 1, 0 from firsts where completed is not null
     ) d group by day`,
    params.values,
  );
  const byDay = new Map(rows.map((r) => [Number(r.day), { started: r.started, completed: r.completed, startersCompleted: r.starters_completed }]));
  return fillDays(byDay, () => ({ started: 0, completed: 0, startersCompleted: 0 })).map(({ day: d, value }) => ({ day: d, ...value }));
}
