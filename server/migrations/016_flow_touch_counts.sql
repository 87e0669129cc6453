-- Counts that shrink, for the flow reports (docs/scaling.md): distinct people per flow and measure,
-- kept exactly as person_flow_touches changes, so the totals, the checklist and the anchor-missing
-- rates read a few rows per flow instead of one per person.
--
-- A measure is a question a report asks of one person's touches: 'started', 'completed',
-- 'dismissed' and 'had_checklist' (started or completed an item) per flow; 'item_completed' per
-- checklist item (string items only); 'step_due' (shown or anchor missing), 'step_shown',
-- 'anchor_missing' and 'dismissed_at_step' per step. Every measure has a fixed shape: step_id is
-- '' unless per step, item '' unless per item.
--
-- The filters a report can take without a date range, verified-only or variant are the
-- environment (one, or all) and the flow version (v also keeps touches without a version, stored
-- as 0). Distinct people do not add up across environments or versions (one person can have
-- both), so each count is kept per scope:
--   env: the environment, or '*' for all of them;
--   flow_version: -1 for any version; 0 for people with a touch without a version; v > 0 for
--   people with a touch at v and none without a version. A report filtered to version v reads
--   people(0) + people(v): the people with a touch at v or without a version, each once.
create table flow_touch_counts (
  project_id text not null references projects (id) on delete cascade,
  flow_id text not null,
  measure text not null,
  step_id text not null,
  item text not null,
  flow_version integer not null,
  env text not null,
  people bigint not null,
  primary key (project_id, flow_id, measure, step_id, item, flow_version, env)
);

-- The first touch and lowest step index per person_flow_touches key over everyone (the step and
-- item order of the reports). A key's first over all people is the first of its flow_touches rows
-- over all identities, which only ever goes down: rows moving between people never raise it. So
-- this is kept as a minimum of what was written, and rebuild-facts recomputes it.
create table flow_touch_firsts (
  project_id text not null references projects (id) on delete cascade,
  flow_id text not null,
  type text not null,
  step_id text not null,
  item text not null,
  flow_version integer not null,
  env text not null,
  ts bigint not null,
  event_id uuid not null,
  min_index float8,
  primary key (project_id, flow_id, type, step_id, item, flow_version, env)
);

-- The measures one person_flow_touches row counts towards.
create function flow_touch_measures(touch_type text, touch_step text, touch_item text) returns table (measure text, step_id text, item text)
language sql immutable as $$
  select g.measure, g.step_id, g.item from (values
    (case when touch_type = 'flow_started' then 'started' when touch_type = 'flow_completed' then 'completed' when touch_type = 'flow_dismissed' then 'dismissed' end, '', ''),
    (case when touch_type in ('flow_started', 'checklist_item_completed') then 'had_checklist' end, '', ''),
    (case when touch_type = 'checklist_item_completed' and touch_item <> '' then 'item_completed' end, '', touch_item),
    (case when touch_type in ('step_shown', 'anchor_missing') and touch_step <> '' then 'step_due' end, touch_step, ''),
    (case when touch_step = '' then null when touch_type in ('step_shown', 'anchor_missing') then touch_type when touch_type = 'flow_dismissed' then 'dismissed_at_step' end, touch_step, '')
  ) g(measure, step_id, item)
  where g.measure is not null
$$;

-- The (count key, person) pairs of a set of person_flow_touches rows: each person once per key.
create function flow_touch_memberships(touches person_flow_touches[])
returns table (project_id text, flow_id text, measure text, step_id text, item text, flow_version integer, env text, person text)
language sql immutable as $$
  select m.project_id, m.flow_id, m.measure, m.step_id, m.item, s.flow_version, m.env, m.person
  from (
    select t.project_id, t.flow_id, g.measure, g.step_id, g.item, e.env, t.person, array_agg(distinct t.flow_version) as versions
    from unnest(touches) t
    cross join lateral flow_touch_measures(t.type, t.step_id, t.item) g
    cross join lateral (values (t.env), ('*')) e(env)
    group by 1, 2, 3, 4, 5, 6, 7
  ) m
  cross join lateral (
    select -1
    union all select 0 where 0 = any(m.versions)
    union all select v.v from unnest(m.versions) v(v) where v.v <> 0 and not (0 = any(m.versions))
  ) s(flow_version)
$$;

-- The same over the stored rows, for a refill (rebuild-facts, the backfill below).
create view person_flow_touch_memberships as
  select m.project_id, m.flow_id, m.measure, m.step_id, m.item, s.flow_version, m.env, m.person
  from (
    select t.project_id, t.flow_id, g.measure, g.step_id, g.item, e.env, t.person, array_agg(distinct t.flow_version) as versions
    from person_flow_touches t
    cross join lateral flow_touch_measures(t.type, t.step_id, t.item) g
    cross join lateral (values (t.env), ('*')) e(env)
    group by 1, 2, 3, 4, 5, 6, 7
  ) m
  cross join lateral (
    select -1
    union all select 0 where 0 = any(m.versions)
    union all select v.v from unnest(m.versions) v(v) where v.v <> 0 and not (0 = any(m.versions))
  ) s(flow_version);

-- Lowers the firsts of the keys of these rows to theirs (never raises them: see flow_touch_firsts).
create function flow_touch_firsts_lower(added person_flow_touches[]) returns void language sql as $$
insert into flow_touch_firsts as f (project_id, flow_id, type, step_id, item, flow_version, env, ts, event_id, min_index)
  select a.project_id, a.flow_id, a.type, a.step_id, a.item, a.flow_version, a.env, substr(a.first, 1, 20)::bigint, substr(a.first, 21)::uuid, a.min_index
  from (
    select n.project_id, n.flow_id, n.type, n.step_id, n.item, n.flow_version, n.env,
      min((lpad(n.ts::text, 20, '0') || n.event_id::text) collate "C") as first, min(n.min_index) as min_index
    from unnest(added) n group by 1, 2, 3, 4, 5, 6, 7
  ) a
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict (project_id, flow_id, type, step_id, item, flow_version, env) do update set
    ts = case when (excluded.ts, excluded.event_id) < (f.ts, f.event_id) then excluded.ts else f.ts end,
    event_id = case when (excluded.ts, excluded.event_id) < (f.ts, f.event_id) then excluded.event_id else f.event_id end,
    min_index = least(f.min_index, excluded.min_index)
  where (excluded.ts, excluded.event_id) < (f.ts, f.event_id) or excluded.min_index < f.min_index or (f.min_index is null and excluded.min_index is not null);
$$;

-- Applies one statement's change of person_flow_touches (the rows it added, the rows it removed;
-- an update is both): for every person it touched, the memberships after (the table now) minus
-- those before (the table now without the added rows, plus the removed ones), summed per key.
-- The fact writes of a project take turns on the advisory lock refreshPersonFacts takes
-- (re-entrant when it holds it already), and each statement below then reads with a snapshot taken
-- after the lock, so concurrent transactions of one project each see the other's committed rows
-- and no count is lost or counted twice. Correct for any mix of statements, as long as one
-- statement does not both remove a person's rows and add rows of the same person under other keys
-- (an upsert that only updates ts, event_id or min_index, as ingest does, is fine: it keeps keys).
-- `set local waymark.flow_counts = 'off'` skips it for a transaction that refills the counts itself.
create function flow_touch_counts_apply(added person_flow_touches[], removed person_flow_touches[]) returns void
language plpgsql as $$
declare
  project text;
  touched person_flow_touches[];
begin
  if current_setting('waymark.flow_counts', true) = 'off' or (cardinality(added) = 0 and cardinality(removed) = 0) then return; end if;
  -- An update that keeps every key (a lower ts, event id or index) changes no count, only firsts.
  if cardinality(added) > 0 and cardinality(removed) > 0 and not exists (
    (select a.project_id, a.flow_id, a.type, a.step_id, a.item, a.flow_version, a.env, a.person from unnest(added) a
     except all select r.project_id, r.flow_id, r.type, r.step_id, r.item, r.flow_version, r.env, r.person from unnest(removed) r)
    union all
    (select r.project_id, r.flow_id, r.type, r.step_id, r.item, r.flow_version, r.env, r.person from unnest(removed) r
     except all select a.project_id, a.flow_id, a.type, a.step_id, a.item, a.flow_version, a.env, a.person from unnest(added) a)
  ) then
    perform flow_touch_firsts_lower(added);
    return;
  end if;
  for project in select distinct p.project_id from (select a.project_id from unnest(added) a union select r.project_id from unnest(removed) r) p order by 1 loop
    perform pg_advisory_xact_lock(hashtextextended(project, 15));
  end loop;
  touched := array(
    select t from person_flow_touches t
    where (t.project_id, t.person) in (select a.project_id, a.person from unnest(added) a union select r.project_id, r.person from unnest(removed) r)
  );
  insert into flow_touch_counts as c (project_id, flow_id, measure, step_id, item, flow_version, env, people)
  select d.project_id, d.flow_id, d.measure, d.step_id, d.item, d.flow_version, d.env, sum(d.delta)
  from (
    select m.*, 1 as delta from flow_touch_memberships(touched) m
    union all
    select m.*, -1 from flow_touch_memberships(array(
      select t from unnest(touched) t
      where not exists (
        select 1 from unnest(added) a
        where (a.project_id, a.flow_id, a.type, a.step_id, a.item, a.flow_version, a.env, a.person) = (t.project_id, t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env, t.person)
      )
    ) || removed) m
  ) d
  -- A project being deleted takes its counts with it (the cascade).
  where exists (select 1 from projects p where p.id = d.project_id)
  group by 1, 2, 3, 4, 5, 6, 7
  having sum(d.delta) <> 0
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict (project_id, flow_id, measure, step_id, item, flow_version, env) do update set people = c.people + excluded.people;
  perform flow_touch_firsts_lower(added);
end
$$;

create function person_flow_touches_inserted() returns trigger language plpgsql as $$
begin
  perform flow_touch_counts_apply(array(select n::person_flow_touches from added_touches n), '{}');
  return null;
end
$$;
create function person_flow_touches_updated() returns trigger language plpgsql as $$
begin
  perform flow_touch_counts_apply(array(select n::person_flow_touches from added_touches n), array(select o::person_flow_touches from removed_touches o));
  return null;
end
$$;
create function person_flow_touches_deleted() returns trigger language plpgsql as $$
begin
  perform flow_touch_counts_apply('{}', array(select o::person_flow_touches from removed_touches o));
  return null;
end
$$;
create trigger person_flow_touches_counts_insert after insert on person_flow_touches
  referencing new table as added_touches for each statement execute function person_flow_touches_inserted();
create trigger person_flow_touches_counts_update after update on person_flow_touches
  referencing old table as removed_touches new table as added_touches for each statement execute function person_flow_touches_updated();
create trigger person_flow_touches_counts_delete after delete on person_flow_touches
  referencing old table as removed_touches for each statement execute function person_flow_touches_deleted();

-- Backfill from the facts already kept (rebuild-facts refills a project the same way).
insert into flow_touch_counts (project_id, flow_id, measure, step_id, item, flow_version, env, people)
select m.project_id, m.flow_id, m.measure, m.step_id, m.item, m.flow_version, m.env, count(*)
from person_flow_touch_memberships m group by 1, 2, 3, 4, 5, 6, 7;
insert into flow_touch_firsts (project_id, flow_id, type, step_id, item, flow_version, env, ts, event_id, min_index)
select project_id, flow_id, type, step_id, item, flow_version, env, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
  select t.project_id, t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env,
    min((lpad(t.ts::text, 20, '0') || t.event_id::text) collate "C") as first, min(t.min_index) as min_index
  from person_flow_touches t group by 1, 2, 3, 4, 5, 6, 7
) firsts;
