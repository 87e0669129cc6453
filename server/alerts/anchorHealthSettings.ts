import type { AnchorHealthSettings } from '../../shared/api/requests.ts';
import type { Queryable } from '../db/Db.ts';

/** Until a project sets its own (PUT /v1/admin/anchor-health/settings; docs/ci.md). */
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
