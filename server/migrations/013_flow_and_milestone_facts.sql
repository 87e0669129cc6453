-- Per-person flow progress and milestone firsts (see 010 for identities and the upsert rule).

-- Each identity's first event per flow, event type, step, checklist item, flow version and
-- environment, for the flow event types the flow reports count (started, each step shown, anchor
-- missing, each item completed, completed, dismissed on a step): one row per identity and key
-- instead of one per event. step_id and item are '' when the event has none, flow_version 0;
-- min_index is the lowest numeric props.index (the step order of steps the flow document lacks).
create table flow_touches (
  project_id text not null references projects (id) on delete cascade,
  flow_id text not null,
  type text not null,
  step_id text not null,
  item text not null,
  flow_version integer not null,
  env text not null,
  user_id text not null,
  anonymous_id text not null,
  ts bigint not null,
  event_id uuid not null,
  min_index float8,
  primary key (project_id, flow_id, type, step_id, item, flow_version, env, user_id, anonymous_id)
);

insert into flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, user_id, anonymous_id, ts, event_id, min_index)
select project_id, flow_id, type, step_id, item, flow_version, env, uid, aid,
  substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index
from (
  select project_id, flow_id, type, coalesce(step_id, '') as step_id,
    case when type = 'checklist_item_completed' and jsonb_typeof(props->'item') = 'string' then props->>'item' else '' end as item,
    coalesce(flow_version, 0) as flow_version, env, coalesce(user_id, '') as uid, case when user_id is null then anonymous_id else '' end as aid,
    min((lpad(ts::text, 20, '0') || id::text) collate "C") as first,
    min(case when jsonb_typeof(props->'index') = 'number' then (props->>'index')::float8 end) as min_index
  from events
  where flow_id is not null and type in ('flow_started', 'step_shown', 'anchor_missing', 'checklist_item_completed', 'flow_completed', 'flow_dismissed')
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9
) touches;

-- Milestone firsts: first_touches kind 'milestone', key = the milestone id, for string
-- props.milestone (what a goal or `since` matches); kind 'milestone_other' for other scalars,
-- which the journey map counts by their text as the pure function does (String(42) is '42').
insert into first_touches (project_id, kind, key, env, user_id, anonymous_id, ts, event_id, variant)
select distinct on (project_id, kind, key, env, uid, aid) project_id, kind, key, env, uid, aid, ts, id, null
from (
  select project_id, v.kind, props->>'milestone' as key, env, coalesce(user_id, '') as uid, case when user_id is null then anonymous_id else '' end as aid, ts, id
  from events
  cross join lateral (values (case when jsonb_typeof(props->'milestone') = 'string' then 'milestone' else 'milestone_other' end)) as k(kind)
  cross join lateral (values (k.kind), (case when user_verified then k.kind || ':verified' end)) as v(kind)
  where type = 'milestone_reached' and jsonb_typeof(props->'milestone') in ('string', 'number', 'boolean') and v.kind is not null
) milestones
order by project_id, kind, key, env, uid, aid, ts, id;
