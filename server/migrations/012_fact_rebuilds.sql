-- Progress of `waymark rebuild-facts` per project, so an interrupted rebuild resumes where it stopped.
create table fact_rebuilds (
  project_id text primary key references projects (id) on delete cascade,
  started_at bigint not null,
  -- The last event id applied (events are read in id order); null before the first batch.
  cursor uuid,
  applied bigint not null default 0,
  done_at bigint
);
