-- Analytics: resolving an anonymous id to the user it was first linked to (shared/analytics/selectEvents).
create index events_identity_links on events (project_id, anonymous_id, ts, id) where user_id is not null;
-- Analytics: a person's events (experiment conversions, the anonymous ids a user had).
create index events_by_user on events (project_id, user_id, type, ts) where user_id is not null;
-- Analytics: events sent before identify, by anonymous id.
create index events_anonymous on events (project_id, anonymous_id, type, ts) where user_id is null;
-- Analytics: per-flow reports (funnels, checklists, anchor-missing rates).
create index events_by_flow on events (project_id, flow_id, type, ts) where flow_id is not null;
-- Analytics: first exposure per person in an experiment.
create index events_by_experiment on events (project_id, experiment_id, ts) where type = 'experiment_exposure';
