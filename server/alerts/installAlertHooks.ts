import type { Hono } from 'hono';
import type { ApiEnv } from '../api/ApiEnv.ts';
import type { AlertMonitor } from './AlertMonitor.ts';

/**
 * Watches the API for what alerts follow from: stored event batches (anchor health, experiments)
 * and published releases. Runs around the routes, after they answered, so it never changes a response.
 */
export function installAlertHooks(api: Hono<ApiEnv>, monitor: AlertMonitor): void {
  api.use('/p/:publicKey/events', async (c, next) => {
    await next();
    const project = c.get('project');
    if (c.req.method === 'POST' && c.res.status === 200 && project) monitor.eventsStored(project);
  });
  api.use('/admin/releases', async (c, next) => {
    await next();
    const project = c.get('project');
    if (c.req.method !== 'POST' || c.res.status !== 201 || !project) return;
    const { version, env } = (await c.res.clone().json()) as { version: number; env: string };
    void monitor.webhooks
      .send(project, { type: 'release.published', text: `Waymark: release ${version} of ${project.name} was published to ${env}.`, data: { version, env } })
      .catch((error: Error) => console.error('waymark: could not queue the release webhook', error.message));
  });
  setTimeout(() => void monitor.webhooks.sweep().catch(() => {}), 1000).unref();
}
