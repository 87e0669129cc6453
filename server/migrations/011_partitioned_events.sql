-- Events partitioned by month (native declarative partitioning), by range of the UUIDv7 id: its
-- first 48 bits are the epoch milliseconds it was made at, so a month is a range of ids, the
-- primary key (project_id, id) holds the partition key, and dropping a month is dropping a table
-- (WAYMARK_EVENT_RETENTION_DAYS). Ids outside every month partition go to events_default until
-- waymark_ensure_event_partition creates their month (server/store/eventPartitions.ts).
-- user_verified (migration 005) is carried over.

alter table events rename to events_unpartitioned;
-- Its key's name goes with it, so the partitioned table's key is events_pkey as before.
alter table events_unpartitioned rename constraint events_pkey to events_unpartitioned_pkey;

create table events (
  id uuid not null,
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
  received_at bigint not null,
  env text not null default 'production' check (env in ('staging', 'production')),
  user_verified boolean not null default false,
  primary key (project_id, id)
) partition by range (id);

create table events_default partition of events default;

-- The smallest UUIDv7 made at the start of `month` (UTC).
create function waymark_month_uuid(month date) returns uuid language sql immutable as $$
  select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-0000-0000-000000000000')::uuid
  from (select lpad(to_hex((extract(epoch from month::timestamp) * 1000)::bigint), 12, '0') as h) x
$$;

-- The partition of `month` (events_YYYY_MM), created if missing; rows of that month waiting in
-- the default partition move into it first (Postgres refuses to attach over them otherwise).
create function waymark_ensure_event_partition(month date) returns text language plpgsql as $$
declare
  first_day date := date_trunc('month', month)::date;
  name text := 'events_' || to_char(first_day, 'YYYY_MM');
  low uuid := waymark_month_uuid(first_day);
  high uuid := waymark_month_uuid((first_day + interval '1 month')::date);
begin
  if to_regclass(name) is not null then return name; end if;
  execute format('create table %I (like events including defaults including constraints)', name);
  execute format('insert into %I select * from events_default where id >= %L and id < %L', name, low, high);
  execute format('delete from events_default where id >= %L and id < %L', low, high);
  execute format('alter table events attach partition %I for values from (%L) to (%L)', name, low, high);
  return name;
end $$;

-- A partition for every month the stored events were made in, then the events themselves.
do $$
declare m date;
begin
  for m in
    select distinct date_trunc('month', to_timestamp(('x' || lpad(replace(substr(id::text, 1, 13), '-', ''), 16, '0'))::bit(64)::bigint / 1000.0) at time zone 'UTC')::date
    from events_unpartitioned
  loop
    perform waymark_ensure_event_partition(m);
  end loop;
end $$;

insert into events (id, project_id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, experiment_id, variant, props, received_at, env, user_verified)
select id, project_id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, experiment_id, variant, props, received_at, env, user_verified
from events_unpartitioned;

drop table events_unpartitioned;

-- Export pages through events in the order they were received.
create index events_by_receipt on events (project_id, received_at, id);
-- Reports narrow by environment first.
create index events_by_type_time on events (project_id, env, type, ts);
-- A person's events (a rebuild, support lookups).
create index events_by_user on events (project_id, user_id, type, ts) where user_id is not null;
-- Events sent before identify, by anonymous id.
create index events_anonymous on events (project_id, anonymous_id, type, ts) where user_id is null;
-- Per-flow reports (funnels, checklists, anchor-missing rates).
create index events_by_flow on events (project_id, flow_id, type, ts) where flow_id is not null;
