import type { Queryable } from '../db/Db.ts';
import { environments, getPublished, type Environment } from '../store/releases.ts';
import type { AlertEvent } from './AlertEvent.ts';
import type { AnchorHealthSettings } from '../../shared/api/requests.ts';
import type { BrokenStep } from '../../shared/api/responses.ts';
import { getAnchorHealthSettings } from './anchorHealthSettings.ts';
import { judgeStepHealth } from './judgeStepHealth.ts';
import { stepHealthCountsSql } from './stepHealthCountsSql.ts';

function describeWindow(ms: number): string {
  if (ms % 3_600_000 === 0) return ms === 3_600_000 ? 'the last hour' : `the last ${ms / 3_600_000} hours`;
  if (ms % 60_000 === 0) return ms === 60_000 ? 'the last minute' : `the last ${ms / 60_000} minutes`;
  return `the last ${Math.round(ms / 1000)} s`;
}

/**
 * Measures every live step's anchor-missing rate per environment over the project's window (people
 * for whom the step was due, by user id or anonymous id) and records each change of state. The
 * conditional upsert lets only one evaluation see a given change, so each one alerts exactly once.
 */
export async function evaluateAnchorHealth(db: Queryable, projectId: string, now = Date.now(), reports: Queryable = db): Promise<AlertEvent[]> {
  const settings: AnchorHealthSettings = await getAnchorHealthSettings(db, projectId);
  const rows = await stepHealthCountsSql(reports, projectId, now - settings.windowMs);
  const alerts: AlertEvent[] = [];
  const releases = new Map(await Promise.all(environments.map(async (env) => [env, await getPublished(db, projectId, env)] as const)));
  for (const row of rows) {
    const release = releases.get(row.env);
    const flow = release?.bundle.flows.find((f) => f.id === row.flowId && f.version === row.flowVersion);
    const index = flow?.steps.findIndex((s) => s.id === row.stepId) ?? -1;
    if (!release || !flow || index < 0) continue;
    const state = judgeStepHealth(row.users, row.missing, settings);
    if (!state) continue;
    const key = [projectId, row.env, row.flowId, row.flowVersion, row.stepId];
    const changed = state === 'broken'
      ? await db.query(
          `insert into anchor_health (project_id, env, flow_id, flow_version, step_id, state, users, missing, changed_at) values ($1, $2, $3, $4, $5, 'broken', $6, $7, $8)
           on conflict (project_id, env, flow_id, flow_version, step_id) do update set state = 'broken', users = excluded.users, missing = excluded.missing, changed_at = excluded.changed_at
           where anchor_health.state <> 'broken' returning 1`,
          [...key, row.users, row.missing, now])
      : await db.query(
          `update anchor_health set state = 'healthy', users = $6, missing = $7, changed_at = $8
           where project_id = $1 and env = $2 and flow_id = $3 and flow_version = $4 and step_id = $5 and state = 'broken' returning 1`,
          [...key, row.users, row.missing, now]);
    if (!changed.rows.length) continue;
    const percent = Math.round((row.missing / row.users) * 100);
    const step = `step ${index + 1} "${row.stepId}" of flow "${flow.name}" (${flow.id} v${flow.version}, release ${release.version})`;
    const counts = `its element was missing for ${row.missing} of ${row.users} users (${percent}%) in ${describeWindow(settings.windowMs)}`;
    alerts.push({
      type: state === 'broken' ? 'anchor.broken' : 'anchor.recovered',
      text: state === 'broken'
        ? `:warning: Waymark: ${step} is broken in ${row.env}: ${counts}. Run \`waymark check\` against your build to see which anchor stopped matching.`
        : `:white_check_mark: Waymark: ${step} recovered in ${row.env}: ${counts}.`,
      data: { env: row.env, release: release.version, flowId: flow.id, flowName: flow.name, flowVersion: flow.version, stepId: row.stepId, stepNumber: index + 1, users: row.users, missing: row.missing, missingRate: row.missing / row.users, windowMs: settings.windowMs, threshold: settings.threshold },
    });
  }
  return alerts;
}


/** Steps broken now, of flows still live as published (what the badges show). */
export async function listBrokenSteps(db: Queryable, projectId: string): Promise<BrokenStep[]> {
  const { rows } = await db.query<{ env: Environment; flow_id: string; flow_version: number; step_id: string; users: number; missing: number; changed_at: number }>(
    `select env, flow_id, flow_version, step_id, users, missing, changed_at from anchor_health where project_id = $1 and state = 'broken' order by env, flow_id, step_id`, [projectId]);
  const releases = new Map(await Promise.all(environments.map(async (env) => [env, await getPublished(db, projectId, env)] as const)));
  return rows
    .filter((r) => releases.get(r.env)?.bundle.flows.some((f) => f.id === r.flow_id && f.version === r.flow_version && f.steps.some((s) => s.id === r.step_id)))
    .map((r) => ({ env: r.env, flowId: r.flow_id, flowVersion: r.flow_version, stepId: r.step_id, users: r.users, missing: r.missing, since: r.changed_at }));
}
