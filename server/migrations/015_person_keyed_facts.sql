-- Facts keyed by the resolved person (docs/scaling.md), kept in the ingest transaction and by
-- rebuild-facts (server/store/personFacts.ts), so reports read one indexed scan per kind and key
-- with no identity_links join and no distinct-on sort. A person is the user id, or for an
-- anonymous id the user id it was first linked to (identity_links), or else the anonymous id:
-- shared/analytics/selectEvents. They are recomputed from first_touches / flow_touches /
-- identity_links for every person a batch touches, so they always equal a recomputation.

-- Each person's first touch per kind, key and environment: the earliest (ts, event id) of
-- first_touches over the identities that resolve to the person.
create table person_firsts (
  project_id text not null references projects (id) on delete cascade,
  kind text not null,
  key text not null,
  env text not null,
  person text not null,
  ts bigint not null,
  event_id uuid not null,
  variant text,
  primary key (project_id, kind, key, env, person)
);
create index person_firsts_by_person on person_firsts (project_id, person);

-- flow_touches by person: first (ts, event id) and lowest index over the person's identities.
create table person_flow_touches (
  project_id text not null references projects (id) on delete cascade,
  flow_id text not null,
  type text not null,
  step_id text not null,
  item text not null,
  flow_version integer not null,
  env text not null,
  person text not null,
  ts bigint not null,
  event_id uuid not null,
  min_index float8,
  primary key (project_id, flow_id, type, step_id, item, flow_version, env, person)
);
create index person_flow_touches_by_person on person_flow_touches (project_id, person);

-- Every time someone reached a milestone with a string id (the goal side of experiments, holdout,
-- goal conversion, time to milestone), with its person: all reach times are kept, since the first
-- reach after an exposure is not the first reach. anonymous_id is set for events without a user
-- id (their person moves when the anonymous id's link does), '' otherwise.
create table milestone_reaches (
  project_id text not null references projects (id) on delete cascade,
  event_id uuid not null,
  milestone text not null,
  env text not null,
  person text not null,
  ts bigint not null,
  anonymous_id text not null,
  flow_version integer,
  user_verified boolean not null,
  primary key (project_id, event_id)
);
create index milestone_reaches_by_goal on milestone_reaches (project_id, milestone, env, person, ts) include (user_verified, flow_version);
create index milestone_reaches_by_anonymous on milestone_reaches (project_id, anonymous_id) where anonymous_id <> '';

-- The person each linked anonymous id's facts were last filed under (absent: the anonymous id
-- itself), so a batch that moves a link knows which person to recompute.
create table identity_persons (
  project_id text not null references projects (id) on delete cascade,
  anonymous_id text not null,
  person text not null,
  primary key (project_id, anonymous_id)
);

-- Lookups by identity, for recomputing a person.
create index identity_links_by_user on identity_links (project_id, user_id);
create index first_touches_by_identity on first_touches (project_id, user_id, anonymous_id);
create index flow_touches_by_identity on flow_touches (project_id, user_id, anonymous_id);

-- Backfill from the facts already kept.
insert into identity_persons (project_id, anonymous_id, person)
select project_id, anonymous_id, user_id from identity_links where user_id <> anonymous_id;

insert into person_firsts (project_id, kind, key, env, person, ts, event_id, variant)
select distinct on (t.project_id, t.kind, t.key, t.env, person) t.project_id, t.kind, t.key, t.env,
  case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person, t.ts, t.event_id, t.variant
from first_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
order by t.project_id, t.kind, t.key, t.env, person, t.ts, t.event_id;

insert into person_flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index)
select project_id, flow_id, type, step_id, item, flow_version, env, person, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
  select t.project_id, t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env,
    case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person,
    min((lpad(t.ts::text, 20, '0') || t.event_id::text) collate "C") as first, min(t.min_index) as min_index
  from flow_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
  group by 1, 2, 3, 4, 5, 6, 7, 8
) touches;

insert into milestone_reaches (project_id, event_id, milestone, env, person, ts, anonymous_id, flow_version, user_verified)
select e.project_id, e.id, e.props->>'milestone', e.env, coalesce(e.user_id, l.user_id, e.anonymous_id), e.ts,
  case when e.user_id is null then e.anonymous_id else '' end, e.flow_version, e.user_verified
from events e left join identity_links l on e.user_id is null and l.project_id = e.project_id and l.anonymous_id = e.anonymous_id
where e.type = 'milestone_reached' and jsonb_typeof(e.props->'milestone') = 'string';

-- Kind, key and environment (milestone and environment) are far from independent: without these
-- the planner guesses a few hundred exposures where there are tens of thousands.
create statistics person_firsts_scope (dependencies, mcv) on kind, key, env from person_firsts;
create statistics person_flow_touches_scope (dependencies, mcv) on flow_id, type, step_id, env from person_flow_touches;
create statistics milestone_reaches_scope (dependencies, mcv) on milestone, env from milestone_reaches;
