import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { FlowFunnel } from '../../../shared/analytics/flowFunnel.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowCounts, flowCountsAnswer } from './flowCounts.ts';
import { scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';
import { stepOrderSql } from './stepOrderSql.ts';

/**
 * shared/analytics/flowFunnel counted in SQL: distinct people per stage, drop-off at each person's
 * furthest step. When the filter allows, the stages come from the flow counts; the drop-off needs
 * each person's furthest step in the order asked for (the flow document's), which no count holds,
 * so it still reads the step_shown and flow_completed rows of person_flow_touches.
 */
export async function flowFunnelSql(db: Queryable, projectId: string, flowId: string, options: { steps?: readonly string[]; filter?: AnalyticsFilter } = {}, scope: EventScope = scopedFlowEvents): Promise<FlowFunnel> {
  const filter = options.filter ?? {};
  const order = await stepOrderSql(db, projectId, flowId, ['step_shown'], options.steps ?? [], filter, scope);
  if (flowCountsAnswer(filter, scope)) return fromCounts(db, projectId, flowId, order, filter);
  const params = new SqlParams();
  const scoped = scope(params, projectId, filter, [
    `e.flow_id = ${params.add(flowId, 'text')}`,
    `e.type in ('flow_started', 'flow_completed', 'flow_dismissed', 'step_shown')`,
  ]);
  const orderParam = params.add(JSON.stringify(order), 'jsonb');
  const { rows } = await db.query<{ totals: Totals; steps: StepRow[] | null; drops: DropRow[] | null }>(
    `with s as materialized ${scoped},
     steps as (select o.value as step_id, o.ordinality::int - 1 as pos from jsonb_array_elements_text(${orderParam}) with ordinality o),
     completed as (select distinct person from s where type = 'flow_completed'),
     furthest as (
       select s.person, max(steps.pos) as pos from s join steps on steps.step_id = s.step_id
       where s.type = 'step_shown' and s.person not in (select person from completed) group by s.person
     )
     select
       (select jsonb_build_object(
          'started', count(distinct person) filter (where type = 'flow_started'),
          'completed', count(distinct person) filter (where type = 'flow_completed'),
          'dismissed', count(distinct person) filter (where type = 'flow_dismissed')) from s) as totals,
       (select jsonb_agg(jsonb_build_object('stepId', step_id, 'users', users, 'dismissed', dismissed)) from (
          select step_id, count(distinct person) filter (where type = 'step_shown') as users,
                 count(distinct person) filter (where type = 'flow_dismissed') as dismissed
          from s where step_id is not null group by step_id) per_step) as steps,
       (select jsonb_agg(jsonb_build_object('pos', pos, 'users', users)) from (
          select pos, count(*) as users from furthest group by pos) per_pos) as drops`,
    params.values,
  );
  const { totals, steps, drops } = rows[0]!;
  const byStep = new Map((steps ?? []).map((r) => [r.stepId, r]));
  const dropAt = new Map((drops ?? []).map((r) => [r.pos, r.users]));
  return {
    flowId,
    started: totals.started,
    steps: order.map((stepId, i) => {
      const users = byStep.get(stepId)?.users ?? 0;
      const dropOff = dropAt.get(i) ?? 0;
      return { stepId, users, dismissed: byStep.get(stepId)?.dismissed ?? 0, dropOff, dropOffRate: users > 0 ? dropOff / users : 0 };
    }),
    completed: totals.completed,
    dismissed: totals.dismissed,
    completionRate: totals.started > 0 ? totals.completed / totals.started : 0,
  };
}

interface Totals {
  started: number;
  completed: number;
  dismissed: number;
}
interface StepRow {
  stepId: string;
  users: number;
  dismissed: number;
}
interface DropRow {
  pos: number;
  users: number;
}

async function fromCounts(db: Queryable, projectId: string, flowId: string, order: string[], filter: AnalyticsFilter): Promise<FlowFunnel> {
  const counts = await flowCounts(db, projectId, filter, ['started', 'completed', 'dismissed', 'step_shown', 'dismissed_at_step'], flowId);
  const total = (measure: string) => counts.find((c) => c.measure === measure)?.people ?? 0;
  const perStep = (measure: string) => new Map(counts.filter((c) => c.measure === measure).map((c) => [c.stepId, c.people]));
  const [shown, dismissedAt] = [perStep('step_shown'), perStep('dismissed_at_step')];
  const params = new SqlParams();
  const scope = (alias: string) =>
    [
      `${alias}.project_id = ${params.add(projectId)}`,
      `${alias}.flow_id = ${params.add(flowId, 'text')}`,
      ...(filter.env !== undefined ? [`${alias}.env = ${params.add(filter.env, 'text')}`] : []),
      ...(filter.flowVersion !== undefined ? [`${alias}.flow_version in (0, ${params.add(filter.flowVersion, 'integer')})`] : []),
    ].join(' and ');
  const orderParam = params.add(JSON.stringify(order), 'jsonb');
  // Each person's furthest step shown, unless they completed the flow (in the same scope).
  const { rows } = await db.query<DropRow>(
    `with steps as (select o.value as step_id, o.ordinality::int - 1 as pos from jsonb_array_elements_text(${orderParam}) with ordinality o),
     furthest as (
       select t.person, max(steps.pos) as pos from person_flow_touches t join steps on steps.step_id = t.step_id
       where ${scope('t')} and t.type = 'step_shown'
         and not exists (select 1 from person_flow_touches c where ${scope('c')} and c.type = 'flow_completed' and c.person = t.person)
       group by t.person
     )
     select pos, count(*) as users from furthest group by pos`,
    params.values,
  );
  const dropAt = new Map(rows.map((r) => [r.pos, r.users]));
  const [started, completed] = [total('started'), total('completed')];
  return {
    flowId,
    started,
    steps: order.map((stepId, i) => {
      const users = shown.get(stepId) ?? 0;
      const dropOff = dropAt.get(i) ?? 0;
      return { stepId, users, dismissed: dismissedAt.get(stepId) ?? 0, dropOff, dropOffRate: users > 0 ? dropOff / users : 0 };
    }),
    completed,
    dismissed: total('dismissed'),
    completionRate: started > 0 ? completed / started : 0,
  };
}
