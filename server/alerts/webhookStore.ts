import { randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../db/Db.ts';
import type { AlertType } from '../../shared/api/alertTypes.ts';
import type { CreatedWebhookEndpoint, WebhookDelivery, WebhookEndpoint } from '../../shared/api/responses.ts';

export const MAX_ENDPOINTS = 10;

export async function createEndpoint(db: Queryable, projectId: string, url: string, events: AlertType[]): Promise<CreatedWebhookEndpoint> {
  const endpoint = { id: `wh_${randomUUID()}`, url, events, createdAt: Date.now(), secret: `whsec_${randomBytes(24).toString('base64url')}` };
  await db.query(`insert into webhook_endpoints (id, project_id, url, secret, events, created_at) values ($1, $2, $3, $4, $5::jsonb, $6)`, [
    endpoint.id, projectId, url, endpoint.secret, JSON.stringify(events), endpoint.createdAt,
  ]);
  return endpoint;
}

export async function listEndpoints(db: Queryable, projectId: string): Promise<WebhookEndpoint[]> {
  const { rows } = await db.query<{ id: string; url: string; events: AlertType[]; created_at: number }>(
    `select id, url, events, created_at from webhook_endpoints where project_id = $1 order by created_at, id`, [projectId]);
  return rows.map((r) => ({ id: r.id, url: r.url, events: r.events, createdAt: r.created_at }));
}

export async function deleteEndpoint(db: Queryable, projectId: string, id: string): Promise<boolean> {
  return (await db.query(`delete from webhook_endpoints where project_id = $1 and id = $2`, [projectId, id])).rowCount > 0;
}

/** One pending delivery per endpoint that takes this type; their ids. */
export async function queueDeliveries(db: Queryable, projectId: string, type: AlertType, body: string): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>(
    `insert into webhook_deliveries (id, project_id, endpoint_id, event_type, body, status, next_attempt_at, created_at)
     select 'whd_' || gen_random_uuid()::text, e.project_id, e.id, $2, $3, 'pending', $4, $4 from webhook_endpoints e
     where e.project_id = $1 and (jsonb_array_length(e.events) = 0 or e.events ? $2)
     returning id`,
    [projectId, type, body, Date.now()],
  );
  return rows.map((r) => r.id);
}

export interface DueDelivery {
  id: string;
  url: string;
  secret: string;
  type: string;
  body: string;
  attempts: number;
}

export async function getPendingDelivery(db: Queryable, id: string): Promise<DueDelivery | undefined> {
  const { rows } = await db.query<DueDelivery>(
    `select d.id, e.url, e.secret, d.event_type as type, d.body, d.attempts from webhook_deliveries d
     join webhook_endpoints e on e.id = d.endpoint_id where d.id = $1 and d.status = 'pending'`, [id]);
  return rows[0];
}

/** Pending deliveries, soonest first, with when each is due (left by a previous process, say). */
export async function listPendingDeliveries(db: Queryable, limit = 1000): Promise<{ id: string; dueAt: number }[]> {
  const { rows } = await db.query<{ id: string; next_attempt_at: number | null }>(
    `select id, next_attempt_at from webhook_deliveries where status = 'pending' order by next_attempt_at limit $1`, [limit]);
  return rows.map((r) => ({ id: r.id, dueAt: r.next_attempt_at ?? 0 }));
}

export async function recordAttempt(
  db: Queryable,
  id: string,
  outcome: { status: 'pending' | 'delivered' | 'failed'; attempts: number; statusCode: number | null; error: string | null; nextAttemptAt: number | null },
): Promise<void> {
  await db.query(
    `update webhook_deliveries set status = $2, attempts = $3, last_status_code = $4, last_error = $5, next_attempt_at = $6,
       delivered_at = case when $2 = 'delivered' then $7::bigint else delivered_at end
     where id = $1`,
    [id, outcome.status, outcome.attempts, outcome.statusCode, outcome.error, outcome.nextAttemptAt, Date.now()],
  );
}

export async function listDeliveries(db: Queryable, projectId: string, limit: number): Promise<WebhookDelivery[]> {
  const { rows } = await db.query<{ id: string; endpoint_id: string; event_type: string; status: WebhookDelivery['status']; attempts: number; next_attempt_at: number | null; last_status_code: number | null; last_error: string | null; created_at: number; delivered_at: number | null }>(
    `select id, endpoint_id, event_type, status, attempts, next_attempt_at, last_status_code, last_error, created_at, delivered_at
     from webhook_deliveries where project_id = $1 order by created_at desc, id limit $2`, [projectId, limit]);
  return rows.map((r) => ({ id: r.id, endpointId: r.endpoint_id, type: r.event_type, status: r.status, attempts: r.attempts, nextAttemptAt: r.next_attempt_at, lastStatusCode: r.last_status_code, lastError: r.last_error, createdAt: r.created_at, deliveredAt: r.delivered_at }));
}
