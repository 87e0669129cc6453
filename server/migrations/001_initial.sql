-- Times are epoch milliseconds (bigint), as in the event envelope and the flow documents.

create table projects (
  id text primary key,
  name text not null,
  public_key text not null unique,
  -- sha256 hex of the secret key; the key itself is shown once and never stored.
  secret_key_hash text not null unique,
  -- Origins allowed to call the public endpoints; empty means any origin.
  allowed_origins jsonb not null default '[]'::jsonb,
  identity_secret text not null,
  identity_verification boolean not null default false,
  -- Last release number handed out; bumped under the row lock, so numbers never collide.
  release_count integer not null default 0,
  created_at bigint not null
);

create table drafts (
  project_id text primary key references projects (id) on delete cascade,
  bundle jsonb not null,
  updated_at bigint not null
);

create table releases (
  project_id text not null references projects (id) on delete cascade,
  version integer not null check (version > 0),
  bundle jsonb not null,
  etag text not null,
  note text,
  created_at bigint not null,
  primary key (project_id, version)
);

create function releases_are_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'releases are immutable (project %, version %)', old.project_id, old.version;
end;
$$;

create trigger releases_immutable before update on releases
  for each row execute function releases_are_immutable();

create table environments (
  project_id text not null references projects (id) on delete cascade,
  env text not null check (env in ('staging', 'production')),
  release_version integer not null,
  updated_at bigint not null,
  primary key (project_id, env),
  foreign key (project_id, release_version) references releases (project_id, version)
);

create table events (
  id uuid primary key,
  project_id text not null references projects (id) on delete cascade,
  type text not null,
  ts bigint not null,
  user_id text,
  anonymous_id text not null,
  session_id text not null,
  flow_id text,
  flow_version integer,
  step_id text,
  experiment_id text,
  variant text,
  props jsonb not null,
  received_at bigint not null
);

-- Export pages through events in the order they were received.
create index events_by_receipt on events (project_id, received_at, id);
-- Analytics: funnels and milestones per type over time.
create index events_by_type_time on events (project_id, type, ts);

create table user_states (
  project_id text not null references projects (id) on delete cascade,
  user_id text not null,
  state jsonb not null,
  updated_at bigint not null,
  primary key (project_id, user_id)
);
