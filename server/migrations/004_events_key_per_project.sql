-- Event ids are unique within a project, not across projects: one project's ids can neither
-- collide with another's nor reveal that they exist (a duplicate in another project was skipped).
alter table events drop constraint events_pkey;
alter table events add primary key (project_id, id);
