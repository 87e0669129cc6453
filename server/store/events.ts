import type { EventEnvelope } from '../../shared/schema/event.ts';
import { DEFAULT_ENVIRONMENT, type EventEnvironment } from '../../shared/schema/eventEnvironment.ts';
import type { IngestResult, StoredEvent } from '../../shared/api/responses.ts';
import type { Db, Queryable } from '../db/Db.ts';
import { factUpserts } from './factsFromEvents.ts';
import { milestoneReachInsert, refreshPersonFacts } from './personFacts.ts';


export interface InsertOptions {
  env?: EventEnvironment;
  receivedAt?: number;
  /** Users whose identity the batch proved: their events are stored as verified. */
  verifiedUsers?: ReadonlySet<string>;
  /** Latest `ts` stored (the receipt time plus clock skew): a later one is clamped to it. */
  maxTs?: number;
}

/**
 * Stores a batch in one statement. Ids already stored in the project (a retry after a lost
 * acknowledgement, or the same id twice in the batch) are skipped, so counts stay exact under
 * at-least-once delivery.
 */
export async function insertEvents(
  db: Db | Queryable,
  projectId: string,
  events: readonly EventEnvelope[],
  { env = DEFAULT_ENVIRONMENT, receivedAt = Date.now(), verifiedUsers = new Set(), maxTs = Number.MAX_SAFE_INTEGER }: InsertOptions = {},
): Promise<IngestResult> {
  const rowsIn = events.map((e) => ({ ...e, ts: Math.min(e.ts, maxTs), verified: e.userId !== undefined && verifiedUsers.has(e.userId) }));
  // One transaction: the facts are written in the same commit as the events they come from, the
  // identity-level ones in the same statement, then the person-keyed ones (personFacts.ts).
  const accepted = await ('transaction' in db ? db.transaction((tx) => storeBatch(tx, projectId, rowsIn, receivedAt, env)) : storeBatch(db, projectId, rowsIn, receivedAt, env));
  return { accepted, duplicates: events.length - accepted };
}

async function storeBatch(db: Queryable, projectId: string, rowsIn: ReadonlyArray<EventEnvelope & { verified: boolean }>, receivedAt: number, env: EventEnvironment): Promise<number> {
  const [links, touches, flows] = factUpserts('inserted', '$2');
  const { rows } = await db.query<{ id: string }>(
    `with inserted as (
       insert into events (id, project_id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, experiment_id, variant, props, received_at, env, user_verified)
       select e.id, $2, e.type, e.ts, e."userId", e."anonymousId", e."sessionId", e."flowId", e."flowVersion", e."stepId", e."experimentId", e.variant, e.props, $3, $4, e.verified
       from jsonb_to_recordset($1::jsonb) as e(id uuid, type text, ts bigint, "userId" text, "anonymousId" text, "sessionId" text,
         "flowId" text, "flowVersion" integer, "stepId" text, "experimentId" text, variant text, props jsonb, verified boolean)
       on conflict (project_id, id) do nothing
       returning id, type, ts, user_id, anonymous_id, flow_id, flow_version, step_id, experiment_id, variant, props, env, user_verified
     ),
     links as (${links}),
     touches as (${touches}),
     flows as (${flows}),
     reaches as (${milestoneReachInsert('inserted', '$2')})
     select id from inserted`,
    [JSON.stringify(rowsIn), projectId, receivedAt, env],
  );
  if (rows.length === 0) return 0;
  const userIds = [...new Set(rowsIn.flatMap((e) => (e.userId === undefined ? [] : [e.userId])))];
  await refreshPersonFacts(db, projectId, userIds, [...new Set(rowsIn.map((e) => e.anonymousId))]);
  return rows.length;
}

interface EventRow {
  id: string;
  type: string;
  ts: number;
  user_id: string | null;
  anonymous_id: string;
  session_id: string;
  flow_id: string | null;
  flow_version: number | null;
  step_id: string | null;
  experiment_id: string | null;
  variant: string | null;
  props: Record<string, unknown>;
  env: EventEnvironment;
  received_at: number;
  user_verified: boolean;
}

function toEvent(row: EventRow): StoredEvent {
  const event: StoredEvent = { id: row.id, type: row.type, ts: row.ts, anonymousId: row.anonymous_id, sessionId: row.session_id, props: row.props, env: row.env, verified: row.user_verified, receivedAt: row.received_at };
  if (row.user_id !== null) event.userId = row.user_id;
  if (row.flow_id !== null) event.flowId = row.flow_id;
  if (row.flow_version !== null) event.flowVersion = row.flow_version;
  if (row.step_id !== null) event.stepId = row.step_id;
  if (row.experiment_id !== null) event.experimentId = row.experiment_id;
  if (row.variant !== null) event.variant = row.variant;
  return event;
}

/** Where the previous page ended: the last event's receipt time and id. */
export interface EventCursor {
  receivedAt: number;
  id: string;
}

export interface EventPage {
  events: StoredEvent[];
  /** Set when there may be more events after this page. */
  next?: EventCursor;
}

/** Events in the order they were received (so late deliveries are not skipped), received at or after `since`. */
export async function listEvents(db: Queryable, projectId: string, { since = 0, after, limit }: { since?: number; after?: EventCursor; limit: number }): Promise<EventPage> {
  const params: unknown[] = [projectId, since, limit + 1];
  let where = `project_id = $1 and received_at >= $2`;
  if (after) {
    params.push(after.receivedAt, after.id);
    where += ` and (received_at, id) > ($4, $5::uuid)`;
  }
  const { rows } = await db.query<EventRow>(
    `select id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, experiment_id, variant, props, env, received_at, user_verified
     from events where ${where} order by received_at, id limit $3`,
    params,
  );
  const events = rows.slice(0, limit).map(toEvent);
  const last = events.at(-1);
  return rows.length > limit && last ? { events, next: { receivedAt: last.receivedAt, id: last.id } } : { events };
}
