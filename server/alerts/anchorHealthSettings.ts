import * as z from 'zod/mini';
import type { Queryable } from '../db/Db.ts';

/** Per project (PUT /v1/admin/anchor-health/settings); docs/ci.md lists the defaults. */
export const AnchorHealthSettings = z.strictObject({
  /** The sliding window the missing rate is measured over, in ms. Default one hour. */
  windowMs: z.number().check(z.int(), z.gte(1000), z.lte(30 * 86_400_000)),
  /** A live step is broken when at least this share of its users missed its anchor. Default 0.2; it recovers below half of it. */
  threshold: z.number().check(z.gt(0), z.lte(1)),
  /** Users the step must have had in the window before it is judged either way. Default 20. */
  minUsers: z.number().check(z.int(), z.gte(1), z.lte(1_000_000)),
});
export type AnchorHealthSettings = z.infer<typeof AnchorHealthSettings>;

export const defaultAnchorHealthSettings: AnchorHealthSettings = { windowMs: 3_600_000, threshold: 0.2, minUsers: 20 };

export async function getAnchorHealthSettings(db: Queryable, projectId: string): Promise<AnchorHealthSettings> {
  const { rows } = await db.query<{ window_ms: number; threshold: number; min_users: number }>(
    `select window_ms, threshold, min_users from anchor_health_settings where project_id = $1`, [projectId]);
  const row = rows[0];
  return row ? { windowMs: row.window_ms, threshold: row.threshold, minUsers: row.min_users } : { ...defaultAnchorHealthSettings };
}

export async function putAnchorHealthSettings(db: Queryable, projectId: string, settings: AnchorHealthSettings): Promise<void> {
  await db.query(
    `insert into anchor_health_settings (project_id, window_ms, threshold, min_users, updated_at) values ($1, $2, $3, $4, $5)
     on conflict (project_id) do update set window_ms = excluded.window_ms, threshold = excluded.threshold, min_users = excluded.min_users, updated_at = excluded.updated_at`,
    [projectId, settings.windowMs, settings.threshold, settings.minUsers, Date.now()],
  );
}
