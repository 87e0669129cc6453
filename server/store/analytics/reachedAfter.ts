/**
 * Per person, whether they reached the goal at or after their start (within `windowParam` ms, if
 * not null), and the first such time: `starts` has columns person, ts (one row per person) and
 * may carry `extra` columns; `goals` has person, ts. Window functions over one union rather than
 * a join on person: with no statistics for the person expressions (PGlite never analyzes by
 * itself) the planner misjudges a join and loops; a sort by person is never quadratic.
 * Result columns: person, start, converted, reached (first goal time at or after the start, within the window), and `extra`.
 */
export function reachedAfter(starts: string, goals: string, windowParam: string, extra: string[] = []): string {
  const startCols = extra.map((c) => `s.${c}`).join(', ');
  const goalCols = extra.map((c) => `null as ${c}`).join(', ');
  const keep = extra.map((c) => `(array_agg(${c}) filter (where not is_goal))[1] as ${c}`).join(', ');
  const sep = extra.length ? ', ' : '';
  return `(select person, min(start) as start${sep}${keep},
      bool_or(is_goal and ts >= start and (${windowParam} is null or ts - start <= ${windowParam})) as converted,
      min(ts) filter (where is_goal and ts >= start and (${windowParam} is null or ts - start <= ${windowParam})) as reached
    from (
      select u.*, min(u.ts) filter (where not u.is_goal) over (partition by u.person) as start from (
        select s.person, s.ts, false as is_goal${sep}${startCols} from ${starts} s
        union all select g.person, g.ts, true${sep}${goalCols} from ${goals} g
      ) u
    ) marked where start is not null group by person)`;
}

/**
 * reachedAfter for goals from milestone_reaches (goalReaches): the same columns, as a join on
 * person, which the index on (project, milestone, env, person, ts) answers per start even when
 * the planner misjudges the counts. `starts` may have several rows per person (the first counts).
 */
export function reachedAfterFacts(starts: string, goals: string, windowParam: string, extra: string[] = []): string {
  const first = extra.map((c) => `, s.${c}`).join('');
  // One row per person before the join, so each carries the same value of every extra column.
  const keep = extra.map((c) => `, (array_agg(s.${c}))[1] as ${c}`).join('');
  return `(select s.person, min(s.start) as start${keep}, bool_or(g.ts is not null) as converted, min(g.ts) as reached
    from (select distinct on (s.person) s.person, s.ts as start${first} from ${starts} s order by s.person, s.ts) s
    left join ${goals} g on g.person = s.person and g.ts >= s.start and (${windowParam} is null or g.ts - s.start <= ${windowParam})
    group by s.person)`;
}
