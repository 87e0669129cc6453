import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { GoalConversion } from '../../../shared/analytics/goalConversion.ts';
import { wilsonInterval } from '../../../shared/stats/wilsonInterval.ts';
import type { Queryable } from '../../db/Db.ts';
import { propIs, scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/goalConversion in SQL: people who started the flow, and who reached the goal after their first start (within the window). */
export async function goalConversionSql(db: Queryable, projectId: string, flowId: string, goal: string, options: { windowMs?: number; filter?: AnalyticsFilter } = {}): Promise<GoalConversion> {
  const params = new SqlParams();
  const flow = params.add(flowId, 'text');
  const scoped = scopedEvents(params, projectId, options.filter, [
    `((e.type = 'flow_started' and e.flow_id = ${flow}) or (e.type = 'milestone_reached' and ${propIs(params, 'milestone', goal)}))`,
  ]);
  const window = params.add(options.windowMs ?? null, 'bigint');
  const { rows } = await db.query<{ users: number; converted: number }>(
    `with s as materialized ${scoped},
     starts as (select person, min(ts) as start from s where type = 'flow_started' group by person)
     select count(*) as users,
       count(*) filter (where exists (
         select 1 from s m where m.type = 'milestone_reached' and m.person = starts.person
           and m.ts >= starts.start and (${window} is null or m.ts - starts.start <= ${window}))) as converted
     from starts`,
    params.values,
  );
  const { users, converted } = rows[0]!;
  return { users, converted, rate: wilsonInterval(converted, users) };
}
