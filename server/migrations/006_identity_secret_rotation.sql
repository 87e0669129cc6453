-- After a rotation the previous identity secret still verifies hashes until this time (epoch ms),
-- so pages signed before the rotation keep working through the grace period.
alter table projects add column previous_identity_secret text;
alter table projects add column previous_identity_secret_until bigint;

-- New projects verify identity unless created without it (existing projects keep their setting).
alter table projects alter column identity_verification set default true;
