-- The environment each event was sent to (the SDK's server.env, `?env=` on the events endpoint).
-- Events stored before this migration came from SDKs that could not say, and are production's.
alter table events add column env text not null default 'production' check (env in ('staging', 'production'));

-- Reports narrow by environment first; the type/time index leads with it.
drop index events_by_type_time;
create index events_by_type_time on events (project_id, env, type, ts);
