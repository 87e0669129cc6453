import type { Queryable } from '../db/Db.ts';

/**
 * Person-keyed facts (migrations/015_person_keyed_facts.sql). The identity-level facts
 * (identity_links, first_touches, flow_touches) are "first by (ts, id)" upserts that commute, so
 * they are written in the ingest statement. The person-level ones are a function of them: after a
 * batch, in the same transaction, every person the batch can have changed is recomputed from them
 * (the batch's user ids, and for each anonymous id in it the person its facts were filed under and
 * the person it resolves to now). A recomputation, not an increment: duplicates, retries, late
 * events and a link moved by an earlier event all end in the state a rebuild gives.
 */

/** The statement (for the ingest CTE) that stores each milestone reach with a string id; its person is set by refreshPersonFacts. */
export function milestoneReachInsert(source: string, projectParam: string): string {
  return `insert into milestone_reaches (project_id, event_id, milestone, env, person, ts, anonymous_id, flow_version, user_verified)
     select ${projectParam}, s.id, s.props->>'milestone', s.env, coalesce(s.user_id, s.anonymous_id), s.ts,
       case when s.user_id is null then s.anonymous_id else '' end, s.flow_version, s.user_verified
     from ${source} s where s.type = 'milestone_reached' and jsonb_typeof(s.props->'milestone') = 'string'
     on conflict (project_id, event_id) do nothing`;
}

// Refreshes take turns per project: each then sees every refresh committed before it, so the
// person an anonymous id was filed under (identity_persons) is never stale.
// The flow and survey counts' triggers (migrations 016, 017) take the same lock.
export async function lockProjectFacts(tx: Queryable, projectId: string): Promise<void> {
  await tx.query(`select pg_advisory_xact_lock(hashtextextended($1::text, 15))`, [projectId]);
}

/** Recomputes the person-keyed facts of everyone the identities (user ids, anonymous ids) of a batch belong to or belonged to. Call inside the batch's transaction, after its identity-level facts. */
export async function refreshPersonFacts(tx: Queryable, projectId: string, userIds: readonly string[], anonymousIds: readonly string[]): Promise<void> {
  if (userIds.length === 0 && anonymousIds.length === 0) return;
  await lockProjectFacts(tx, projectId);
  const { rows } = await tx.query<{ persons: string[]; moved_ids: string[] | null; moved_to: string[] | null }>(
    `with moved as (
       select a.id, coalesce(p.person, a.id) as was, coalesce(l.user_id, a.id) as now
       from unnest($3::text[]) a(id)
       left join identity_persons p on p.project_id = $1 and p.anonymous_id = a.id
       left join identity_links l on l.project_id = $1 and l.anonymous_id = a.id
     )
     select (select array_agg(distinct person) from (select unnest($2::text[]) as person union all select was from moved union all select now from moved) people) as persons,
       (select array_agg(id order by id) from moved where was <> now) as moved_ids,
       (select array_agg(now order by id) from moved where was <> now) as moved_to`,
    [projectId, userIds, anonymousIds],
  );
  const { persons, moved_ids: movedIds, moved_to: movedTo } = rows[0]!;
  // The identities of each affected person: the user id itself, the anonymous ids linked to it, and the anonymous id itself if unlinked.
  const identities = `identities as (
       select p.person, p.person as uid, '' as aid from unnest($2::text[]) p(person)
       union all select l.user_id, '', l.anonymous_id from identity_links l where l.project_id = $1 and l.user_id = any($2::text[])
       union all select p.person, '', p.person from unnest($2::text[]) p(person)
         where not exists (select 1 from identity_links l where l.project_id = $1 and l.anonymous_id = p.person)
     )`;
  await tx.query(`delete from person_firsts where project_id = $1 and person = any($2::text[])`, [projectId, persons]);
  await tx.query(
    `with ${identities}
     insert into person_firsts (project_id, kind, key, env, person, ts, event_id, variant)
     select distinct on (i.person, t.kind, t.key, t.env) $1, t.kind, t.key, t.env, i.person, t.ts, t.event_id, t.variant
     from identities i join first_touches t on t.project_id = $1 and t.user_id = i.uid and t.anonymous_id = i.aid
     order by i.person, t.kind, t.key, t.env, t.ts, t.event_id`,
    [projectId, persons],
  );
  await tx.query(`delete from person_flow_touches where project_id = $1 and person = any($2::text[])`, [projectId, persons]);
  await tx.query(
    `with ${identities}
     insert into person_flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index)
     select $1, flow_id, type, step_id, item, flow_version, env, person, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
       select t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env, i.person,
         min((lpad(t.ts::text, 20, '0') || t.event_id::text) collate "C") as first, min(t.min_index) as min_index
       from identities i join flow_touches t on t.project_id = $1 and t.user_id = i.uid and t.anonymous_id = i.aid
       group by 1, 2, 3, 4, 5, 6, 7
     ) touches`,
    [projectId, persons],
  );
  // The batch's own anonymous reaches, and those of anonymous ids whose link moved, filed under their person now.
  await tx.query(
    `update milestone_reaches m set person = coalesce(l.user_id, m.anonymous_id)
     from unnest($2::text[]) a(id) left join identity_links l on l.project_id = $1 and l.anonymous_id = a.id
     where m.project_id = $1 and m.anonymous_id = a.id and m.person <> coalesce(l.user_id, m.anonymous_id)`,
    [projectId, anonymousIds],
  );
  if (movedIds) {
    await tx.query(
      `insert into identity_persons (project_id, anonymous_id, person) select $1, m.id, m.person from unnest($2::text[], $3::text[]) m(id, person)
       on conflict (project_id, anonymous_id) do update set person = excluded.person`,
      [projectId, movedIds, movedTo],
    );
  }
}

/** Files every fact of the project under its person at once (the end of a rebuild: one pass instead of a recomputation per batch). */
export async function refileAllPersonFacts(tx: Queryable, projectId: string): Promise<void> {
  await lockProjectFacts(tx, projectId);
  for (const table of ['person_firsts', 'person_flow_touches', 'identity_persons']) await tx.query(`delete from ${table} where project_id = $1`, [projectId]);
  await tx.query(`insert into identity_persons (project_id, anonymous_id, person) select project_id, anonymous_id, user_id from identity_links where project_id = $1 and user_id <> anonymous_id`, [projectId]);
  await tx.query(
    `insert into person_firsts (project_id, kind, key, env, person, ts, event_id, variant)
     select distinct on (t.kind, t.key, t.env, person) $1, t.kind, t.key, t.env,
       case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person, t.ts, t.event_id, t.variant
     from first_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
     where t.project_id = $1
     order by t.kind, t.key, t.env, person, t.ts, t.event_id`,
    [projectId],
  );
  await tx.query(
    `insert into person_flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index)
     select $1, flow_id, type, step_id, item, flow_version, env, person, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
       select t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env,
         case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person,
         min((lpad(t.ts::text, 20, '0') || t.event_id::text) collate "C") as first, min(t.min_index) as min_index
       from flow_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
       where t.project_id = $1
       group by 1, 2, 3, 4, 5, 6, 7
     ) touches`,
    [projectId],
  );
  await tx.query(
    `update milestone_reaches m set person = coalesce(l.user_id, m.anonymous_id)
     from identity_links l where m.project_id = $1 and m.anonymous_id <> '' and l.project_id = $1 and l.anonymous_id = m.anonymous_id and m.person <> l.user_id`,
    [projectId],
  );
}
