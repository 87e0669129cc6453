import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { journeyFromCounts, type JourneyMap, type StageCounts } from '../../../shared/analytics/journeyMap.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { JourneyStage } from '../../../shared/schema/primitives.ts';
import type { Queryable } from '../../db/Db.ts';
import { scopedEvents } from './scopedEvents.ts';
import { milestoneFactsAnswer, scopedFirstTouches } from './milestoneFacts.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/journeyMap counted in SQL: each person's first time in each stage (through
 * any of its milestones), people per stage, people who came from the previous stage, and the
 * median time to the next stage; journeyFromCounts turns them into conversions and the friction point.
 */
export async function journeyMapSql(db: Queryable, projectId: string, milestones: readonly Milestone[], filter: AnalyticsFilter = {}): Promise<JourneyMap> {
  const stages = JourneyStage.options.filter((stage) => milestones.some((m) => m.stage === stage));
  const params = new SqlParams();
  // Everyone seen and each person's first time per milestone: from first_touches without a date
  // range or flow version, else from the events in scope (the milestone events by the type index).
  const facts = milestoneFactsAnswer(filter);
  const seen = facts ? scopedFirstTouches(params, projectId, 'seen', filter) : scopedEvents(params, projectId, filter);
  // Each person's first time at each milestone is all the map needs: from first_touches when it can answer.
  const reached = facts
    ? `(select t.person, t.ts, jsonb_build_object('milestone', t.key) as props from (
        select * from ${scopedFirstTouches(params, projectId, 'milestone', filter)} named
        union all select * from ${scopedFirstTouches(params, projectId, 'milestone_other', filter)} other) t)`
    : scopedEvents(params, projectId, filter, [`e.type = 'milestone_reached'`]);
  const stageOf = params.add(JSON.stringify(Object.fromEntries(milestones.map((m) => [m.id, m.stage]))), 'jsonb');
  const order = params.add(JSON.stringify(stages), 'jsonb');
  const { rows } = await db.query<{ everyone: number; stages: Array<{ i: number; users: number; moved_on: number; median: number | null }> | null }>(
    `with s as ${reached},
     stage_of as (select m.key as milestone, m.value #>> '{}' as stage from jsonb_each(${stageOf}) m),
     stage_order as (select o.value as stage, o.ordinality::int - 1 as i from jsonb_array_elements_text(${order}) with ordinality o),
     firsts as (
       select s.person, stage_order.i, min(s.ts) as ts from s
       join stage_of on s.props->>'milestone' = stage_of.milestone
       join stage_order on stage_order.stage = stage_of.stage
       group by s.person, stage_order.i
     ),
     -- Neighbouring stages per person by window, not self-joins: one sort instead of two joins.
     adjacent as (
       select i, ts, lag(i) over w as previous_i, lead(i) over w as next_i, lead(ts) over w as next_ts
       from firsts window w as (partition by person order by i)
     ),
     per_stage as (
       select i, count(*) as users, count(*) filter (where previous_i = i - 1) as moved_on,
         percentile_cont(0.5) within group (order by next_ts - ts) filter (where next_i = i + 1 and next_ts >= ts) as median
       from adjacent group by i
     )
     select (select count(distinct seen.person) from ${seen} seen) as everyone,
       (select jsonb_agg(jsonb_build_object('i', i, 'users', users, 'moved_on', moved_on, 'median', median)) from per_stage) as stages`,
    params.values,
  );
  const { everyone, stages: found } = rows[0]!;
  const byIndex = new Map((found ?? []).map((r) => [r.i, r]));
  const counts = stages.map((stage, i): StageCounts => {
    const row = byIndex.get(i);
    return {
      stage,
      milestones: milestones.filter((m) => m.stage === stage).map((m) => m.id),
      users: row?.users ?? 0,
      // Everyone seen is the "previous stage" of the first one.
      movedOn: i === 0 ? (row?.users ?? 0) : (row?.moved_on ?? 0),
      medianTimeInStageMs: row?.median ?? null,
    };
  });
  return journeyFromCounts(everyone, counts);
}

