-- Answer counts for the survey report (docs/scaling.md): every survey_answered event counted once,
-- per flow, step, kind and score (or invalid), flow version and environment, kept exactly from
-- the rows each insert into events adds, so the report's distributions read a few rows per survey
-- instead of every answer.
--
-- Answers add up (the report counts every answer, not distinct people), so each count is kept
-- per actual environment and flow version, and a report sums: all environments is the sum over
-- both; flow version v (which keeps events without a version, as selectEvents does) reads 0 (no
-- version) + v, disjoint. flow_id and step_id are '' when the event has none. kind is 'nps',
-- 'csat' or 'ces' with score in its range (shared/analytics/surveyResults SURVEY_RANGE), or ''
-- with score -1 for an answer that is not a valid kind and integer score in range. commented
-- counts the valid answers with a comment that is not blank (the report's commentsTotal).
--
-- Facts outlive raw events: a month dropped by retention keeps its answers here.
create table survey_answer_counts (
  project_id text not null references projects (id) on delete cascade,
  flow_id text not null,
  step_id text not null,
  kind text not null,
  score integer not null,
  flow_version integer not null,
  env text not null,
  answers bigint not null,
  commented bigint not null,
  primary key (project_id, flow_id, step_id, kind, score, flow_version, env)
);

-- The count key of one survey_answered event, and whether it has a comment that counts.
create function survey_answer_key(props jsonb, out kind text, out score integer, out commented boolean)
language sql immutable as $$
  select coalesce(r.kind, ''), coalesce(case when r.kind is not null then a.score_number::int end, -1),
    r.kind is not null and jsonb_typeof(props->'comment') = 'string' and props->>'comment' ~ '[^[:space:]]'
  from (select case when jsonb_typeof(props->'kind') = 'string' then props->>'kind' end as kind_text,
          case when jsonb_typeof(props->'score') = 'number' then (props->>'score')::numeric end as score_number) a
  left join (values ('nps', 0, 10), ('csat', 1, 5), ('ces', 1, 7)) as r(kind, low, high)
    on r.kind = a.kind_text and a.score_number = trunc(a.score_number) and a.score_number between r.low and r.high
$$;

-- The same over the stored events, for a refill (rebuild-facts, the backfill below).
create view survey_answer_keys as
  select e.project_id, coalesce(e.flow_id, '') as flow_id, coalesce(e.step_id, '') as step_id, k.kind, k.score,
    coalesce(e.flow_version, 0) as flow_version, e.env, k.commented
  from events e cross join lateral survey_answer_key(e.props) k
  where e.type = 'survey_answered';

-- Adds the survey answers among the rows one insert statement added (an insert … on conflict do
-- nothing passes only the rows it inserted, so a batch sent twice counts once). A refill
-- (refillSurveyCounts) takes the project's advisory lock, the one refreshPersonFacts takes; so
-- does this, before writing, so a refill never misses or double-counts an insert in flight.
create function events_survey_counts_inserted() returns trigger language plpgsql as $$
declare
  project text;
begin
  for project in select distinct n.project_id from added_events n where n.type = 'survey_answered' order by 1 loop
    perform pg_advisory_xact_lock(hashtextextended(project, 15));
  end loop;
  if not found then return null; end if;
  insert into survey_answer_counts as c (project_id, flow_id, step_id, kind, score, flow_version, env, answers, commented)
  select n.project_id, coalesce(n.flow_id, ''), coalesce(n.step_id, ''), k.kind, k.score, coalesce(n.flow_version, 0), n.env,
    count(*), count(*) filter (where k.commented)
  from added_events n cross join lateral survey_answer_key(n.props) k
  where n.type = 'survey_answered'
  group by 1, 2, 3, 4, 5, 6, 7
  order by 1, 2, 3, 4, 5, 6, 7
  on conflict (project_id, flow_id, step_id, kind, score, flow_version, env) do update
    set answers = c.answers + excluded.answers, commented = c.commented + excluded.commented;
  return null;
end
$$;
create trigger events_survey_counts_insert after insert on events
  referencing new table as added_events for each statement execute function events_survey_counts_inserted();

-- The report's latest comments: read backwards in time by this index, a few rows past the limit.
create index events_survey_comments on events (project_id, ts, id)
  where type = 'survey_answered' and jsonb_typeof(props->'comment') = 'string';

-- Backfill from the stored events (rebuild-facts refills a project the same way).
insert into survey_answer_counts (project_id, flow_id, step_id, kind, score, flow_version, env, answers, commented)
select project_id, flow_id, step_id, kind, score, flow_version, env, count(*), count(*) filter (where commented)
from survey_answer_keys group by 1, 2, 3, 4, 5, 6, 7;
