import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { ApiEnv, ApiOptions } from '../api/ApiEnv.ts';
import { ApiError } from '../api/ApiError.ts';
import { parseBody, parseIntegerParam } from '../api/payloads.ts';
import { KB, limitBody, readJsonBody } from '../api/readJsonBody.ts';
import { alertTypes } from './AlertEvent.ts';
import { AnchorHealthSettings, getAnchorHealthSettings, putAnchorHealthSettings } from './anchorHealthSettings.ts';
import { checkWebhookUrl } from './checkWebhookUrl.ts';
import { listBrokenSteps } from './evaluateAnchorHealth.ts';
import { createEndpoint, deleteEndpoint, listDeliveries, listEndpoints, MAX_ENDPOINTS } from './webhookStore.ts';

const NewEndpoint = z.strictObject({
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Event types to receive; absent or empty: all. */
  events: z.optional(z.array(z.enum(alertTypes)).check(z.maxLength(alertTypes.length))),
});

/** Webhooks and anchor health under /v1/admin (docs/ci.md), behind the secret-key check. */
export function alertRoutes({ db }: ApiOptions): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.get('/webhooks', async (c) => c.json({ endpoints: await listEndpoints(db, c.get('project').id) }));

  app.post('/webhooks', limitBody(8 * KB), async (c) => {
    const project = c.get('project');
    const request = parseBody(NewEndpoint, await readJsonBody(c));
    const refused = await checkWebhookUrl(request.url);
    if (refused) throw new ApiError(400, 'invalid_body', `url: ${refused}`, { path: 'url' });
    if ((await listEndpoints(db, project.id)).length >= MAX_ENDPOINTS) throw new ApiError(409, 'too_many_webhooks', `a project has at most ${MAX_ENDPOINTS} webhook endpoints`);
    return c.json(await createEndpoint(db, project.id, request.url, [...new Set(request.events ?? [])]), 201);
  });

  app.delete('/webhooks/:id', async (c) => {
    if (!(await deleteEndpoint(db, c.get('project').id, c.req.param('id')))) throw new ApiError(404, 'unknown_webhook', `there is no webhook endpoint ${JSON.stringify(c.req.param('id'))}`);
    return c.body(null, 204);
  });

  app.get('/webhook-deliveries', async (c) => {
    const limit = parseIntegerParam(c.req.query('limit'), 'limit', { min: 1, max: 500, fallback: 100 });
    return c.json({ deliveries: await listDeliveries(db, c.get('project').id, limit) });
  });

  app.get('/anchor-health', async (c) => {
    const projectId = c.get('project').id;
    return c.json({ settings: await getAnchorHealthSettings(db, projectId), broken: await listBrokenSteps(db, projectId) });
  });

  app.put('/anchor-health/settings', limitBody(4 * KB), async (c) => {
    const settings = parseBody(AnchorHealthSettings, await readJsonBody(c));
    await putAnchorHealthSettings(db, c.get('project').id, settings);
    return c.json(settings);
  });

  return app;
}
