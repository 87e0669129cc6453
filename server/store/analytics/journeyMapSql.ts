import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { journeyFromCounts, type JourneyMap, type StageCounts } from '../../../shared/analytics/journeyMap.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import { JourneyStage } from '../../../shared/schema/primitives.ts';
import type { Queryable } from '../../db/Db.ts';
import { firstExposures, scopedEvents } from './scopedEvents.ts';
import { firstTouches } from './firstTouches.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * shared/analytics/journeyMap counted in SQL: each person's first time in each stage (through
 * any of its milestones), people per stage, people who came from the previous stage, and the
 * median time to the next stage; journeyFromCounts turns them into conversions and the friction point.
 */
export async function journeyMapSql(db: Queryable, projectId: string, milestones: readonly Milestone[], filter: AnalyticsFilter = {}): Promise<JourneyMap> {
  const stages = JourneyStage.options.filter((stage) => milestones.some((m) => m.stage === stage));
  const params = new SqlParams();
  // Everyone seen: without a date range or flow version, each person's first event (first_touches)
  // says it; otherwise a scan of the events in scope. Then the milestone events (by the type index).
  const seen = filter.from === undefined && filter.to === undefined && filter.flowVersion === undefined ? seenPeople(params, projectId, filter) : scopedEvents(params, projectId, filter);
  const reached = scopedEvents(params, projectId, filter, [`e.type = 'milestone_reached'`]);
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

/** People with any event in the environment (and first exposed to the variant, if given), from first_touches. */
function seenPeople(params: SqlParams, projectId: string, filter: AnalyticsFilter): string {
  const seen = firstTouches(params, projectId, 'seen', { env: filter.env });
  if (!filter.variant) return seen;
  const exposed = firstExposures(params, projectId, filter.variant.experimentId, filter.env);
  return `(select s.person from ${seen} s where s.person in (select f.person from ${exposed} f where f.variant = ${params.add(filter.variant.variant, 'text')}))`;
}
