-- The goal side of the experiment, holdout, goal-conversion, time-to-milestone and guardrail
-- reports: every time a person reached one milestone (goalReaches: type milestone_reached,
-- props->'milestone' = the goal). Without this index Postgres scans every milestone_reached event
-- of the project and filters on props (a seq scan over all partitions at volume).
create index events_milestone_reached on events (project_id, (props->'milestone'), env, ts) where type = 'milestone_reached';
