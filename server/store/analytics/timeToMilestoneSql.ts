import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { TimeToMilestone } from '../../../shared/analytics/timeToMilestone.ts';
import type { Queryable } from '../../db/Db.ts';
import { propIs, scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';
import { goalReaches } from './goalReaches.ts';
import { reachedAfterFacts } from './reachedAfter.ts';
import { milestoneFactsAnswer, scopedFirstTouches } from './milestoneFacts.ts';

/** shared/analytics/timeToMilestone in SQL: median and p90 with percentile_cont, the interpolation `quantile` mirrors. */
export async function timeToMilestoneSql(db: Queryable, projectId: string, milestone: string, options: { since?: string; filter?: AnalyticsFilter } = {}): Promise<TimeToMilestone> {
  if (milestoneFactsAnswer(options.filter)) return timeToMilestoneFromFacts(db, projectId, milestone, options);
  const params = new SqlParams();
  const { since } = options;
  // Without `since`, the starting point is each person's first event of any kind.
  const scoped = scopedEvents(
    params,
    projectId,
    options.filter,
    since === undefined ? [] : [`e.type = 'milestone_reached'`, `(${propIs(params, 'milestone', since)} or ${propIs(params, 'milestone', milestone)})`],
  );
  const isStart = since === undefined ? 'true' : propIs(params, 'milestone', since, 's');
  const isTarget = `s.type = 'milestone_reached' and ${propIs(params, 'milestone', milestone, 's')}`;
  // Window functions and grouping instead of joins on person: the planner cannot estimate how
  // many people there are (an expression), and a misjudged join is quadratic.
  const { rows } = await db.query<{ users: number; reached: number; median: number | null; p90: number | null }>(
    `with marked as (
       select s.person, s.ts, (${isTarget}) as is_target, min(s.ts) filter (where ${isStart}) over (partition by s.person) as start
       from ${scoped} s
     ),
     per_person as (
       select person, min(ts) filter (where is_target and ts >= start) - min(start) as duration
       from marked where start is not null group by person
     )
     select count(*) as users, count(duration) as reached,
       percentile_cont(0.5) within group (order by duration) as median,
       percentile_cont(0.9) within group (order by duration) as p90
     from per_person`,
    params.values,
  );
  const { users, reached, median, p90 } = rows[0]!;
  return { users, reached, medianMs: median, p90Ms: p90 };
}

/** Without a date range or flow version: each person's starting point from first_touches (first event, or first time at `since`), then the milestone's events after it (reachedAfter). */
async function timeToMilestoneFromFacts(db: Queryable, projectId: string, milestone: string, options: { since?: string; filter?: AnalyticsFilter }): Promise<TimeToMilestone> {
  const filter = options.filter ?? {};
  const params = new SqlParams();
  const starts = options.since === undefined ? scopedFirstTouches(params, projectId, 'seen', filter) : scopedFirstTouches(params, projectId, 'milestone', filter, options.since);
  const goals = goalReaches(params, projectId, milestone, filter.env, undefined, filter.verifiedOnly);
  const { rows } = await db.query<{ users: number; reached: number; median: number | null; p90: number | null }>(
    `with starts as (select s.person, min(s.ts) as ts from ${starts} s group by s.person),
     per_person as (select person, reached - start as duration from ${reachedAfterFacts('starts', goals, 'null::bigint')} r)
     select count(*) as users, count(duration) as reached,
       percentile_cont(0.5) within group (order by duration) as median,
       percentile_cont(0.9) within group (order by duration) as p90
     from per_person`,
    params.values,
  );
  const { users, reached, median, p90 } = rows[0]!;
  return { users, reached, medianMs: median, p90Ms: p90 };
}
