import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { JourneyDaily } from '../../../shared/analytics/journeyDaily.ts';
import { DAY_MS, fillDays } from '../../../shared/analytics/utcDay.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { JourneyStage } from '../../../shared/schema/primitives.ts';
import type { Queryable } from '../../db/Db.ts';
import { milestoneFactsAnswer, scopedFirstTouches } from './milestoneFacts.ts';
import { scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/journeyDaily counted in SQL: each person's first time per stage (as journeyMapSql finds it), by UTC day. */
export async function journeyDailySql(db: Queryable, projectId: string, milestones: readonly Milestone[], filter: AnalyticsFilter = {}): Promise<JourneyDaily> {
  const stages = JourneyStage.options.filter((stage) => milestones.some((m) => m.stage === stage));
  const params = new SqlParams();
  const reached = milestoneFactsAnswer(filter)
    ? `(select t.person, t.ts, t.key as milestone from (
        select * from ${scopedFirstTouches(params, projectId, 'milestone', filter)} named
        union all select * from ${scopedFirstTouches(params, projectId, 'milestone_other', filter)} other) t)`
    : `(select e.person, e.ts, e.props->>'milestone' as milestone from ${scopedEvents(params, projectId, filter, [`e.type = 'milestone_reached'`])} e)`;
  const stageOf = params.add(JSON.stringify(Object.fromEntries(milestones.map((m) => [m.id, stages.indexOf(m.stage)]))), 'jsonb');
  const day = params.add(DAY_MS, 'bigint');
  const { rows } = await db.query<{ day: number; i: number; people: number }>(
    `with stage_of as (select m.key as milestone, (m.value #>> '{}')::int as i from jsonb_each(${stageOf}) m),
     firsts as (select s.person, stage_of.i, min(s.ts) as ts from ${reached} s join stage_of on s.milestone = stage_of.milestone group by s.person, stage_of.i)
     select (ts / ${day}) * ${day} as day, i, count(*)::int as people from firsts group by 1, 2`,
    params.values,
  );
  const byDay = new Map<number, number[]>();
  for (const r of rows) (byDay.get(Number(r.day)) ?? byDay.set(Number(r.day), new Array<number>(stages.length).fill(0)).get(Number(r.day))!)[r.i] = r.people;
  return { stages, days: fillDays(byDay, () => new Array<number>(stages.length).fill(0)).map(({ day: d, value }) => ({ day: d, reached: value })) };
}
