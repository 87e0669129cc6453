/**
 * The statements that keep the fact tables (migrations/010_person_facts.sql) up to date from a
 * set of event rows `source` (columns of `events`; a CTE name or a subquery): the first link of
 * each anonymous id, each identity's first exposure per experiment, first start per flow, first
 * event and first time at each milestone, and its flow progress (flow_touches). An event with a
 * verified identity (user_verified) also counts for kind `<kind>:verified`, the firsts among
 * verified events that a `verified=only` report reads. "First by (ts, id)" upserts, so any order, duplicate or replay ends the same.
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
       select v.kind, t.key, s.env, coalesce(s.user_id, '') as uid, case when s.user_id is null then s.anonymous_id else '' end as aid, s.ts, s.id, t.variant
       from ${source} s
       cross join lateral (values
         ('seen', '', null::text),
         (case when s.type = 'milestone_reached' then case jsonb_typeof(s.props->'milestone') when 'string' then 'milestone' when 'number' then 'milestone_other' when 'boolean' then 'milestone_other' end end,
          s.props->>'milestone', null::text),
         (case s.type when 'experiment_exposure' then 'exposure' when 'flow_started' then 'flow_started' end,
          coalesce(case s.type when 'experiment_exposure' then s.experiment_id else s.flow_id end, ''),
          case when s.type = 'experiment_exposure' then s.variant end)
       ) as t(kind, key, variant)
       cross join lateral (values (t.kind), (case when s.user_verified then t.kind || ':verified' end)) as v(kind)
       where v.kind is not null
     ) touches
     order by kind, key, env, uid, aid, ts, id
     on conflict (project_id, kind, key, env, user_id, anonymous_id) do update set ts = excluded.ts, event_id = excluded.event_id, variant = excluded.variant
     where (excluded.ts, excluded.event_id) < (first_touches.ts, first_touches.event_id)`,
    `insert into flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, user_id, anonymous_id, ts, event_id, min_index)
     select ${projectParam}, flow_id, type, step_id, item, flow_version, env, uid, aid, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
       select s.flow_id, s.type, coalesce(s.step_id, '') as step_id,
         case when s.type = 'checklist_item_completed' and jsonb_typeof(s.props->'item') = 'string' then s.props->>'item' else '' end as item,
         coalesce(s.flow_version, 0) as flow_version, s.env, coalesce(s.user_id, '') as uid, case when s.user_id is null then s.anonymous_id else '' end as aid,
         min((lpad(s.ts::text, 20, '0') || s.id::text) collate "C") as first,
         min(case when jsonb_typeof(s.props->'index') = 'number' then (s.props->>'index')::float8 end) as min_index
       from ${source} s
       where s.flow_id is not null and s.type in ('flow_started', 'step_shown', 'anchor_missing', 'checklist_item_completed', 'flow_completed', 'flow_dismissed')
       group by 1, 2, 3, 4, 5, 6, 7, 8
     ) touches
     on conflict (project_id, flow_id, type, step_id, item, flow_version, env, user_id, anonymous_id) do update set
       ts = case when (excluded.ts, excluded.event_id) < (flow_touches.ts, flow_touches.event_id) then excluded.ts else flow_touches.ts end,
       event_id = case when (excluded.ts, excluded.event_id) < (flow_touches.ts, flow_touches.event_id) then excluded.event_id else flow_touches.event_id end,
       min_index = least(flow_touches.min_index, excluded.min_index)
     where (excluded.ts, excluded.event_id) < (flow_touches.ts, flow_touches.event_id) or excluded.min_index < flow_touches.min_index
       or (flow_touches.min_index is null and excluded.min_index is not null)`,
  ];
}
