-- True when the event's userId came with a valid identity hash (a project with identity
-- verification on, the batch's userHashes). Reports can count only these (`verified=only`).
alter table events add column user_verified boolean not null default false;
