import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { AnchorMissingRate } from '../../../shared/analytics/anchorMissingRates.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowCountsAnswer, flowCounts } from './flowCounts.ts';
import { scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';
import { stepOrderSql } from './stepOrderSql.ts';

const TYPES = ['step_shown', 'anchor_missing'] as const;

/** shared/analytics/anchorMissingRates in SQL: per step, people it was due for and people whose anchor was missing. From the flow counts when the filter allows. */
export async function anchorMissingSql(db: Queryable, projectId: string, flowId: string, options: { steps?: readonly string[]; filter?: AnalyticsFilter } = {}, scope: EventScope = scopedFlowEvents): Promise<AnchorMissingRate[]> {
  const filter = options.filter ?? {};
  const order = await stepOrderSql(db, projectId, flowId, TYPES, options.steps ?? [], filter, scope);
  if (flowCountsAnswer(filter, scope)) {
    const byStep = new Map<string, { users: number; missing: number }>();
    for (const { measure, stepId, people } of await flowCounts(db, projectId, filter, ['step_due', 'anchor_missing'], flowId)) {
      const step = byStep.get(stepId) ?? byStep.set(stepId, { users: 0, missing: 0 }).get(stepId)!;
      if (measure === 'step_due') step.users = people;
      else step.missing = people;
    }
    return order.map((stepId) => {
      const { users, missing } = byStep.get(stepId) ?? { users: 0, missing: 0 };
      return { stepId, users, missing, rate: users > 0 ? missing / users : 0 };
    });
  }
  const params = new SqlParams();
  const scoped = scope(params, projectId, filter, [`e.flow_id = ${params.add(flowId, 'text')}`, `e.type in ('step_shown', 'anchor_missing')`, 'e.step_id is not null']);
  const { rows } = await db.query<{ step_id: string; users: number; missing: number }>(
    `select s.step_id, count(distinct s.person) as users, count(distinct s.person) filter (where s.type = 'anchor_missing') as missing
     from ${scoped} s group by s.step_id`,
    params.values,
  );
  const byStep = new Map(rows.map((r) => [r.step_id, r]));
  return order.map((stepId) => {
    const users = byStep.get(stepId)?.users ?? 0;
    const missing = byStep.get(stepId)?.missing ?? 0;
    return { stepId, users, missing, rate: users > 0 ? missing / users : 0 };
  });
}
