import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { TimeToMilestone } from '../../../shared/analytics/timeToMilestone.ts';
import type { Queryable } from '../../db/Db.ts';
import { propIs, scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/timeToMilestone in SQL: median and p90 with percentile_cont, the interpolation `quantile` mirrors. */
export async function timeToMilestoneSql(db: Queryable, projectId: string, milestone: string, options: { since?: string; filter?: AnalyticsFilter } = {}): Promise<TimeToMilestone> {
  const params = new SqlParams();
  const { since } = options;
  // Without `since`, the starting point is each person's first event of any kind.
  const scoped = scopedEvents(
    params,
    projectId,
    options.filter,
    since === undefined ? [] : [`e.type = 'milestone_reached'`, `(${propIs(params, 'milestone', since)} or ${propIs(params, 'milestone', milestone)})`],
  );
  const startCondition = since === undefined ? 'true' : propIs(params, 'milestone', since, 's');
  const target = propIs(params, 'milestone', milestone, 'm');
  const { rows } = await db.query<{ users: number; reached: number; median: number | null; p90: number | null }>(
    `with s as materialized ${scoped},
     starts as (select person, min(ts) as start from s where ${startCondition} group by person),
     done as (
       select starts.person, min(m.ts) - starts.start as duration from starts
       join s m on m.person = starts.person and m.type = 'milestone_reached' and ${target} and m.ts >= starts.start
       group by starts.person, starts.start
     )
     select (select count(*) from starts) as users, count(*) as reached,
       percentile_cont(0.5) within group (order by duration) as median,
       percentile_cont(0.9) within group (order by duration) as p90
     from done`,
    params.values,
  );
  const { users, reached, median, p90 } = rows[0]!;
  return { users, reached, medianMs: median, p90Ms: p90 };
}
