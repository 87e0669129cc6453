import { Hono } from 'hono';
import type { ApiEnv, ApiOptions } from '../api/ApiEnv.ts';
import { ApiError } from '../api/ApiError.ts';
import { parseBody, parseIntegerParam } from '../api/payloads.ts';
import { KB, limitBody, readJsonBody } from '../api/readJsonBody.ts';
import { AnchorHealthSettings, NewWebhookEndpoint } from '../../shared/api/requests.ts';
import { mountRoute } from '../api/mountRoute.ts';
import { ADMIN_PREFIX } from '../api/mountPrefixes.ts';
import { getAnchorHealthSettings, putAnchorHealthSettings } from './anchorHealthSettings.ts';
import { checkWebhookUrl } from './checkWebhookUrl.ts';
import { listBrokenSteps } from './evaluateAnchorHealth.ts';
import { createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, MAX_ENDPOINTS } from './webhookStore.ts';

/** Webhooks and anchor health under /v1/admin (docs/ci.md), behind the secret-key check. */
export function alertRoutes({ db }: ApiOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  mountRoute(app, ADMIN_PREFIX, 'listWebhooks', async (c) => ({ endpoints: await listEndpoints(db, c.get('project').id) }));

  mountRoute(app, ADMIN_PREFIX, 'createWebhook', limitBody(8 * KB), async (c) => {
    const project = c.get('project');
    const request = parseBody(NewWebhookEndpoint, await readJsonBody(c));
    const refused = await checkWebhookUrl(request.url);
    if (refused) throw new ApiError(400, 'invalid_body', `url: ${refused}`, { path: 'url' });
    if ((await listEndpoints(db, project.id)).length >= MAX_ENDPOINTS) throw new ApiError(409, 'too_many_webhooks', `a project has at most ${MAX_ENDPOINTS} webhook endpoints`);
    return createEndpoint(db, project.id, request.url, [...new Set(request.events ?? [])]);
  });

  mountRoute(app, ADMIN_PREFIX, 'deleteWebhook', async (c) => {
    if (!(await deleteEndpoint(db, c.get('project').id, c.req.param('id')))) throw new ApiError(404, 'unknown_webhook', `there is no webhook endpoint ${JSON.stringify(c.req.param('id'))}`);
    return null;
  });

  mountRoute(app, ADMIN_PREFIX, 'listWebhookDeliveries', async (c) => {
    const limit = parseIntegerParam(c.req.query('limit'), 'limit', { min: 1, max: 500, fallback: 100 });
    return { deliveries: await listDeliveries(db, c.get('project').id, limit) };
  });

  mountRoute(app, ADMIN_PREFIX, 'getAnchorHealth', async (c) => {
    const projectId = c.get('project').id;
    return { settings: await getAnchorHealthSettings(db, projectId), broken: await listBrokenSteps(db, projectId) };
  });

  mountRoute(app, ADMIN_PREFIX, 'putAnchorHealthSettings', limitBody(4 * KB), async (c) => {
    const settings = parseBody(AnchorHealthSettings, await readJsonBody(c));
    await putAnchorHealthSettings(db, c.get('project').id, settings);
    return settings;
  });

  return app;
}
