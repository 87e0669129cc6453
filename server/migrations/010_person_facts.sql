-- Facts kept at ingest, in the same statement as the events they come from (server/store/events.ts),
-- so reports resolve people and first touches without searching raw events for them. Both are
-- "first by (ts, id)" upserts: idempotent on the event id and indifferent to arrival order, so
-- duplicates, retries and late events leave them as a recomputation would (waymark rebuild-facts).
-- Keys lead with project_id, the distribution column on Citus (docs/scaling.md).

-- Each anonymous id's first link to a user id, in time order then id: the person its events sent
-- before identify() belong to (shared/analytics/selectEvents).
create table identity_links (
  project_id text not null references projects (id) on delete cascade,
  anonymous_id text not null,
  user_id text not null,
  ts bigint not null,
  event_id uuid not null,
  primary key (project_id, anonymous_id)
);

-- Each identity's first touch per kind, key and environment, where an identity is a user id
-- (anonymous_id '') or, for events sent before identify, an anonymous id (user_id ''); reports
-- resolve identities to people through identity_links when they read, so an identify that
-- merges two histories (or a late event that moves a link) needs no rewrite here.
--   kind 'exposure': key = experiment id ('' for none), variant = the variant of that first exposure
--   kind 'flow_started': key = flow id ('' for none)
--   kind 'seen': key '', the identity's first event of any type
--   kind '<kind>:verified': the same, over the events with a verified identity (user_verified)
create table first_touches (
  project_id text not null references projects (id) on delete cascade,
  kind text not null,
  key text not null,
  env text not null,
  user_id text not null,
  anonymous_id text not null,
  ts bigint not null,
  event_id uuid not null,
  variant text,
  primary key (project_id, kind, key, env, user_id, anonymous_id)
);

insert into identity_links (project_id, anonymous_id, user_id, ts, event_id)
select distinct on (project_id, anonymous_id) project_id, anonymous_id, user_id, ts, id
from events where user_id is not null
order by project_id, anonymous_id, ts, id;

insert into first_touches (project_id, kind, key, env, user_id, anonymous_id, ts, event_id, variant)
select distinct on (project_id, kind, key, env, uid, aid) project_id, kind, key, env, uid, aid, ts, id, variant
from (
  select e.project_id, v.kind, t.key, e.env, coalesce(e.user_id, '') as uid, case when e.user_id is null then e.anonymous_id else '' end as aid, e.ts, e.id, t.variant
  from events e
  cross join lateral (values
    ('seen', '', null::text),
    (case e.type when 'experiment_exposure' then 'exposure' when 'flow_started' then 'flow_started' end,
     coalesce(case e.type when 'experiment_exposure' then e.experiment_id else e.flow_id end, ''),
     case when e.type = 'experiment_exposure' then e.variant end)
  ) as t(kind, key, variant)
  cross join lateral (values (t.kind), (case when e.user_verified then t.kind || ':verified' end)) as v(kind)
  where v.kind is not null
) touches
order by project_id, kind, key, env, uid, aid, ts, id;
