import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { GoalConversion } from '../../../shared/analytics/goalConversion.ts';
import { wilsonInterval } from '../../../shared/stats/wilsonInterval.ts';
import type { Queryable } from '../../db/Db.ts';
import { propIs, scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';
import { flowFactsAnswer, scopedFlowEvents } from './scopedFlowFacts.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfterFacts } from './reachedAfter.ts';

/** shared/analytics/goalConversion in SQL: people who started the flow, and who reached the goal after their first start (within the window). */
export async function goalConversionSql(db: Queryable, projectId: string, flowId: string, goal: string, options: { windowMs?: number; filter?: AnalyticsFilter } = {}): Promise<GoalConversion> {
  if (flowFactsAnswer(options.filter)) return goalConversionFromFacts(db, projectId, flowId, goal, options);
  const params = new SqlParams();
  const flow = params.add(flowId, 'text');
  const scoped = scopedEvents(params, projectId, options.filter, [
    `((e.type = 'flow_started' and e.flow_id = ${flow}) or (e.type = 'milestone_reached' and ${propIs(params, 'milestone', goal)}))`,
  ]);
  const window = params.add(options.windowMs ?? null, 'bigint');
  const { rows } = await db.query<{ users: number; converted: number }>(
    // Window functions instead of a join on person (see timeToMilestoneSql).
    `with marked as (
       select s.person, s.ts, s.type, min(s.ts) filter (where s.type = 'flow_started') over (partition by s.person) as start from ${scoped} s
     ),
     per_person as (
       select person, bool_or(type = 'milestone_reached' and ts >= start and (${window} is null or ts - start <= ${window})) as converted
       from marked where start is not null group by person
     )
     select count(*) as users, count(*) filter (where converted) as converted from per_person`,
    params.values,
  );
  const { users, converted } = rows[0]!;
  return { users, converted, rate: wilsonInterval(converted, users) };
}

/** Without a date range: each person's first start from flow_touches, then their goal milestones after it (reachedAfter). */
async function goalConversionFromFacts(db: Queryable, projectId: string, flowId: string, goal: string, options: { windowMs?: number; filter?: AnalyticsFilter }): Promise<GoalConversion> {
  const filter = options.filter ?? {};
  const params = new SqlParams();
  const starts = scopedFlowEvents(params, projectId, filter, [`e.flow_id = ${params.add(flowId, 'text')}`, `e.type = 'flow_started'`]);
  const goals = goalReaches(params, projectId, goal, filter.env, filter.flowVersion, filter.verifiedOnly);
  const window = params.add(options.windowMs ?? null, 'bigint');
  const { rows } = await db.query<{ users: number; converted: number }>(
    `with started as (select s.person, min(s.ts) as ts from ${starts} s group by s.person)
     select count(*) as users, count(*) filter (where converted) as converted from ${reachedAfterFacts('started', goals, window)} per_person`,
    params.values,
  );
  const { users, converted } = rows[0]!;
  return { users, converted, rate: wilsonInterval(converted, users) };
}
