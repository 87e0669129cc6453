import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { ChecklistCompletion } from '../../../shared/analytics/checklistCompletion.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowCountsAnswer, flowCounts, flowFirsts, orderBy } from './flowCounts.ts';
import { timeOrderKey } from './scopedEvents.ts';
import { scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/checklistCompletion in SQL: people per completed item, items in checklist order, then by first completion. From the flow counts when the filter allows. */
export async function checklistCompletionSql(db: Queryable, projectId: string, flowId: string, options: { items?: readonly string[]; filter?: AnalyticsFilter } = {}, scope: EventScope = scopedFlowEvents): Promise<ChecklistCompletion> {
  const filter = options.filter ?? {};
  if (flowCountsAnswer(filter, scope)) {
    const [counts, firsts] = [await flowCounts(db, projectId, filter, ['had_checklist', 'completed', 'item_completed'], flowId), await flowFirsts(db, projectId, flowId, filter, ['checklist_item_completed'], 'item')];
    const users = counts.find((c) => c.measure === 'had_checklist')?.people ?? 0;
    const completedBy = new Map(counts.filter((c) => c.measure === 'item_completed').map((c) => [c.item, c.people]));
    return {
      users,
      completedAll: counts.find((c) => c.measure === 'completed')?.people ?? 0,
      items: orderBy(options.items ?? [], firsts.map((f) => ({ ...f, idx: null }))).map((item) => {
        const completed = completedBy.get(item) ?? 0;
        return { item, completed, rate: users > 0 ? completed / users : 0 };
      }),
    };
  }
  const params = new SqlParams();
  const scoped = scope(params, projectId, options.filter, [
    `e.flow_id = ${params.add(flowId, 'text')}`,
    `e.type in ('flow_started', 'checklist_item_completed', 'flow_completed')`,
  ]);
  const { rows } = await db.query<{ users: number; completed_all: number; items: Array<{ item: string; completed: number; first: string }> | null }>(
    `with s as materialized ${scoped}
     select
       (select count(distinct person) from s where type in ('flow_started', 'checklist_item_completed')) as users,
       (select count(distinct person) from s where type = 'flow_completed') as completed_all,
       (select jsonb_agg(jsonb_build_object('item', item, 'completed', completed, 'first', first)) from (
          select s.props->>'item' as item, count(distinct s.person) as completed, min(${timeOrderKey('s')}) as first
          from s where s.type = 'checklist_item_completed' and jsonb_typeof(s.props->'item') = 'string' group by 1) per_item) as items`,
    params.values,
  );
  const { users, completed_all: completedAll, items } = rows[0]!;
  const known = options.items ?? [];
  const seen = (items ?? []).filter((r) => !known.includes(r.item)).sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const completedBy = new Map((items ?? []).map((r) => [r.item, r.completed]));
  return {
    users,
    completedAll,
    items: [...known, ...seen.map((r) => r.item)].map((item) => {
      const completed = completedBy.get(item) ?? 0;
      return { item, completed, rate: users > 0 ? completed / users : 0 };
    }),
  };
}
