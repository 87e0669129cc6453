import type { Db, Queryable } from '../db/Db.ts';
import { factUpserts } from './factsFromEvents.ts';
import { lockProjectFacts, milestoneReachInsert, refileAllPersonFacts } from './personFacts.ts';

/** A project's flow counts and firsts (migrations/016_flow_touch_counts.sql) from its person_flow_touches, in one pass. */
export async function refillFlowCounts(tx: Queryable, projectId: string): Promise<void> {
  await tx.query(`delete from flow_touch_counts where project_id = $1`, [projectId]);
  await tx.query(`delete from flow_touch_firsts where project_id = $1`, [projectId]);
  await tx.query(
    `insert into flow_touch_counts (project_id, flow_id, measure, step_id, item, flow_version, env, people)
     select m.project_id, m.flow_id, m.measure, m.step_id, m.item, m.flow_version, m.env, count(*)
     from person_flow_touch_memberships m where m.project_id = $1 group by 1, 2, 3, 4, 5, 6, 7`,
    [projectId],
  );
  await tx.query(
    `insert into flow_touch_firsts (project_id, flow_id, type, step_id, item, flow_version, env, ts, event_id, min_index)
     select $1, flow_id, type, step_id, item, flow_version, env, substr(first, 1, 20)::bigint, substr(first, 21)::uuid, min_index from (
       select t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env,
         min((lpad(t.ts::text, 20, '0') || t.event_id::text) collate "C") as first, min(t.min_index) as min_index
       from person_flow_touches t where t.project_id = $1 group by 1, 2, 3, 4, 5, 6
     ) firsts`,
    [projectId],
  );
}

/**
 * A project's survey answer counts (migrations/017_survey_answer_counts.sql) from its stored
 * events, in one pass. Under the project's advisory lock, which the counts' trigger takes before
 * it writes: an insert in flight either committed before (and its events are read here) or adds
 * its answers after.
 */
export async function refillSurveyCounts(tx: Queryable, projectId: string): Promise<void> {
  await lockProjectFacts(tx, projectId);
  await tx.query(`delete from survey_answer_counts where project_id = $1`, [projectId]);
  await tx.query(
    `insert into survey_answer_counts (project_id, flow_id, step_id, kind, score, flow_version, env, answers, commented)
     select $1, k.flow_id, k.step_id, k.kind, k.score, k.flow_version, k.env, count(*), count(*) filter (where k.commented)
     from survey_answer_keys k where k.project_id = $1 group by 2, 3, 4, 5, 6, 7`,
    [projectId],
  );
}

// On again before commit: the PGlite reports replica replays several committed transactions in one of its own.
const COUNTS_ON = `set local waymark.flow_counts = 'on'`;

export interface RebuildOptions {
  /** Only this project; default every project. */
  projectId?: string;
  /** Events per transaction (memory stays bounded by this, in the database, whatever the total). */
  batch?: number;
  /** Stop after this many batches (tests: an interrupted rebuild); the next call resumes. */
  maxBatches?: number;
  /** Start over even if a rebuild of the project is under way. */
  restart?: boolean;
  /** Called with the total to do once per project, then with each batch's count. */
  onStart?: (projectId: string, total: number, resumedAt: number) => void;
  onBatch?: (count: number) => void;
}

export interface RebuildResult {
  projects: number;
  events: number;
  /** False when maxBatches stopped it before the end. */
  done: boolean;
}

/**
 * Recomputes the facts (identity links, first touches) from the raw events: per project, clears
 * them and records the start (one transaction), then applies the events in id order, a batch per
 * transaction with the position saved in fact_rebuilds, so an interrupted rebuild resumes. The
 * upserts are the ingest's "first by (ts, id)" ones, so events ingested meanwhile land correctly
 * on either side of the cursor, and the result equals the incremental state.
 */
export async function rebuildFacts(db: Db, options: RebuildOptions = {}): Promise<RebuildResult> {
  const batch = options.batch ?? 20_000;
  const { rows: projects } = await db.query<{ id: string }>(options.projectId === undefined ? `select id from projects order by id` : `select id from projects where id = $1`, options.projectId === undefined ? [] : [options.projectId]);
  if (options.projectId !== undefined && projects.length === 0) throw new Error(`rebuild-facts: there is no project ${JSON.stringify(options.projectId)}`);
  let events = 0;
  let batches = 0;
  for (const { id: projectId } of projects) {
    const state = await db.transaction(async (tx) => {
      const { rows } = await tx.query<{ cursor: string | null; applied: number; done_at: number | null }>(`select cursor, applied, done_at from fact_rebuilds where project_id = $1 for update`, [projectId]);
      const current = rows[0];
      if (current && current.done_at === null && !options.restart) return current;
      await lockProjectFacts(tx, projectId);
      await tx.query(`set local waymark.flow_counts = 'off'`);
      for (const table of ['identity_links', 'first_touches', 'flow_touches', 'person_firsts', 'person_flow_touches', 'milestone_reaches', 'identity_persons', 'flow_touch_counts', 'flow_touch_firsts']) {
        await tx.query(`delete from ${table} where project_id = $1`, [projectId]);
      }
      await tx.query(COUNTS_ON);
      await tx.query(
        `insert into fact_rebuilds (project_id, started_at, cursor, applied, done_at) values ($1, $2, null, 0, null)
         on conflict (project_id) do update set started_at = excluded.started_at, cursor = null, applied = 0, done_at = null`,
        [projectId, Date.now()],
      );
      return { cursor: null, applied: 0, done_at: null };
    });
    const { rows: total } = await db.query<{ n: number }>(`select count(*)::int as n from events where project_id = $1`, [projectId]);
    options.onStart?.(projectId, total[0]!.n, state.applied);
    let cursor = state.cursor;
    for (;;) {
      if (options.maxBatches !== undefined && batches >= options.maxBatches) return { projects: projects.length, events, done: false };
      const [links, touches, flows] = factUpserts('source', '$1');
      const { rows } = await db.transaction((tx) =>
        tx.query<{ n: number; last: string | null }>(
          `with source as materialized (
             select id, type, ts, user_id, anonymous_id, flow_id, flow_version, step_id, experiment_id, variant, props, env, user_verified from events
             where project_id = $1 and ($2::uuid is null or id > $2::uuid) order by id limit $3
           ),
           links as (${links}),
           touches as (${touches}),
           flows as (${flows}),
           reaches as (${milestoneReachInsert('source', '$1')}),
           progress as (
             update fact_rebuilds set cursor = coalesce((select id from source order by id desc limit 1), cursor),
               applied = applied + (select count(*) from source),
               done_at = case when (select count(*) from source) < $3 then $4::bigint end
             where project_id = $1 returning cursor
           )
           select (select count(*)::int from source) as n, (select cursor::text from progress) as last`,
          [projectId, cursor, batch, Date.now()],
        ),
      );
      const { n, last } = rows[0]!;
      batches++;
      events += n;
      options.onBatch?.(n);
      cursor = last;
      if (n < batch) break;
    }
    // The person-keyed facts once, from the identity-level ones (ingest meanwhile keeps them from then on),
    // then the flow counts from them in one pass rather than through the triggers row by row.
    await db.transaction(async (tx) => {
      await tx.query(`set local waymark.flow_counts = 'off'`);
      await refileAllPersonFacts(tx, projectId);
      await refillFlowCounts(tx, projectId);
      await refillSurveyCounts(tx, projectId);
      await tx.query(COUNTS_ON);
    });
  }
  return { projects: projects.length, events, done: true };
}
