/**
 * The statements that keep the fact tables (migrations/010_person_facts.sql) up to date from a
 * set of event rows `source` (columns of `events`; a CTE name or a subquery): the first link of
 * each anonymous id, and each identity's first exposure per experiment, first start per flow and
 * first event. "First by (ts, id)" upserts, so any order, duplicate or replay ends the same.
 * Used at ingest (same statement as the insert) and by rebuild-facts.
 */
export function factUpserts(source: string, projectParam: string): string[] {
  return [
    `insert into identity_links (project_id, anonymous_id, user_id, ts, event_id)
     select distinct on (anonymous_id) ${projectParam}, anonymous_id, user_id, ts, id from ${source}
     where user_id is not null order by anonymous_id, ts, id
     on conflict (project_id, anonymous_id) do update set user_id = excluded.user_id, ts = excluded.ts, event_id = excluded.event_id
     where (excluded.ts, excluded.event_id) < (identity_links.ts, identity_links.event_id)`,
    `insert into first_touches (project_id, kind, key, env, user_id, anonymous_id, ts, event_id, variant)
     select distinct on (kind, key, env, uid, aid) ${projectParam}, kind, key, env, uid, aid, ts, id, variant from (
       select t.kind, t.key, s.env, coalesce(s.user_id, '') as uid, case when s.user_id is null then s.anonymous_id else '' end as aid, s.ts, s.id, t.variant
       from ${source} s
       cross join lateral (values
         ('seen', '', null::text),
         (case s.type when 'experiment_exposure' then 'exposure' when 'flow_started' then 'flow_started' end,
          coalesce(case s.type when 'experiment_exposure' then s.experiment_id else s.flow_id end, ''),
          case when s.type = 'experiment_exposure' then s.variant end)
       ) as t(kind, key, variant)
       where t.kind is not null
     ) touches
     order by kind, key, env, uid, aid, ts, id
     on conflict (project_id, kind, key, env, user_id, anonymous_id) do update set ts = excluded.ts, event_id = excluded.event_id, variant = excluded.variant
     where (excluded.ts, excluded.event_id) < (first_touches.ts, first_touches.event_id)`,
  ];
}
