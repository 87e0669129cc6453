-- Webhook endpoints of a project; the secret signs each delivery (HMAC-SHA256), so it is kept to sign with.
create table webhook_endpoints (
  id text primary key,
  project_id text not null references projects (id) on delete cascade,
  url text not null,
  secret text not null,
  -- Event types it receives; empty means every type.
  events jsonb not null default '[]'::jsonb,
  created_at bigint not null
);
create index webhook_endpoints_by_project on webhook_endpoints (project_id, created_at);

-- One row per event and endpoint: the delivery log, and the retry queue while pending.
create table webhook_deliveries (
  id text primary key,
  project_id text not null references projects (id) on delete cascade,
  endpoint_id text not null references webhook_endpoints (id) on delete cascade,
  event_type text not null,
  body text not null,
  status text not null check (status in ('pending', 'delivered', 'failed')),
  attempts integer not null default 0,
  next_attempt_at bigint,
  last_status_code integer,
  last_error text,
  created_at bigint not null,
  delivered_at bigint
);
create index webhook_deliveries_by_project on webhook_deliveries (project_id, created_at desc);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status = 'pending';

-- Per-project anchor-health thresholds; absent means the documented defaults.
create table anchor_health_settings (
  project_id text primary key references projects (id) on delete cascade,
  window_ms bigint not null,
  threshold double precision not null,
  min_users integer not null,
  updated_at bigint not null
);

-- The last known state of each live step per environment and flow version: an alert fires on the
-- change to broken, a recovery on the change back, once each (the conditional update decides).
create table anchor_health (
  project_id text not null references projects (id) on delete cascade,
  env text not null check (env in ('staging', 'production')),
  flow_id text not null,
  flow_version integer not null,
  step_id text not null,
  state text not null check (state in ('broken', 'healthy')),
  users integer not null,
  missing integer not null,
  changed_at bigint not null,
  primary key (project_id, env, flow_id, flow_version, step_id)
);

-- Experiment notices already sent (sample reached, significant, sample-ratio mismatch): once each.
create table experiment_notices (
  project_id text not null references projects (id) on delete cascade,
  experiment_key text not null,
  kind text not null,
  sent_at bigint not null,
  primary key (project_id, experiment_key, kind)
);
