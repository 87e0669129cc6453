import { Hono } from 'hono';
import { parseFlow, validateBundle } from '../../shared/schema/parse.ts';
import { deleteDraftFlow, getDraft, putDraft, putDraftFlow } from '../store/drafts.ts';
import { emptyBundle } from '../store/emptyBundle.ts';
import { listEvents } from '../store/events.ts';
import { findProjectBySecretKey, rotateIdentitySecret, rotateSecretKey } from '../store/projects.ts';
import { getRelease, listReleases, pointEnvironmentAt, publishRelease } from '../store/releases.ts';
import { alertRoutes } from '../alerts/alertRoutes.ts';
import { analyticsRoutes } from './analytics/analyticsRoutes.ts';
import type { ApiEnv, ApiOptions } from './ApiEnv.ts';
import { ApiError, invalidBody } from './ApiError.ts';
import { adminCors } from './cors.ts';
import { decodeCursor, encodeCursor } from './eventCursor.ts';
import { clientAddress } from './clientAddress.ts';
import { PublishRequest, RollbackRequest, RotateIdentitySecretRequest } from '../../shared/api/requests.ts';
import { parseBody, parseEnvironment, parseIntegerParam, prefixIssues } from './payloads.ts';
import { rateLimit, rateLimited, type TokenBuckets } from './rateLimit.ts';
import { KB, limitBody, readJsonBody } from './readJsonBody.ts';
import { mountRoute } from './mountRoute.ts';
import { ADMIN_PREFIX } from './mountPrefixes.ts';

const MAX_BUNDLE_BYTES = 2048 * KB;
/** How long hashes signed with the previous identity secret still count after a rotation: a day. */
const DEFAULT_IDENTITY_GRACE_SECONDS = 86_400;

/** What the extension, the CLI and the dashboard call, with `Authorization: Bearer wm_sk_…`. */
export function adminRoutes(options: ApiOptions, buckets: { key: TokenBuckets; authFailures: TokenBuckets }): Hono<ApiEnv> {
  const { db, trustedProxies = 0 } = options;
  const app = new Hono<ApiEnv>();

  app.use('*', async (c, next) => {
    const preflight = adminCors(c);
    if (preflight) return preflight;
    // A client that keeps sending wrong keys is refused before its next key is even looked at.
    const client = clientAddress(c, trustedProxies);
    const wait = buckets.authFailures.peek(client);
    if (wait > 0) throw rateLimited(wait, 'with a wrong secret key from this client');
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    if (!match) throw new ApiError(401, 'missing_key', 'send the secret key as Authorization: Bearer wm_sk_…');
    const project = await findProjectBySecretKey(db, match[1]!);
    if (!project) {
      buckets.authFailures.take(client);
      throw new ApiError(401, 'invalid_key', 'the secret key is not valid for any project');
    }
    c.set('project', project);
    await next();
  });
  app.use('*', rateLimit([buckets.key, (c) => c.get('project').id, 'for this key']));

  mountRoute(app, ADMIN_PREFIX, 'getProject', (c) => {
    const { id, name, publicKey, allowedOrigins, identityVerification } = c.get('project');
    return { id, name, publicKey, allowedOrigins, identityVerification };
  });

  mountRoute(app, ADMIN_PREFIX, 'rotateSecretKey', async (c) => ({ secretKey: await rotateSecretKey(db, c.get('project').id) }));

  mountRoute(app, ADMIN_PREFIX, 'rotateIdentitySecret', limitBody(4 * KB), async (c) => {
    const empty = (c.req.header('content-length') ?? '0') === '0';
    const { graceSeconds = DEFAULT_IDENTITY_GRACE_SECONDS } = empty ? {} : parseBody(RotateIdentitySecretRequest, await readJsonBody(c));
    return rotateIdentitySecret(db, c.get('project').id, graceSeconds * 1000);
  });

  mountRoute(app, ADMIN_PREFIX, 'getDraft', async (c) => (await getDraft(db, c.get('project').id)) ?? emptyBundle());

  mountRoute(app, ADMIN_PREFIX, 'putDraft', limitBody(MAX_BUNDLE_BYTES), async (c) => {
    const bundle = validateBundle(await readJsonBody(c));
    if (!bundle.ok) throw invalidBody(bundle.errors);
    await putDraft(db, c.get('project').id, bundle.value);
    return bundle.value;
  });

  mountRoute(app, ADMIN_PREFIX, 'putDraftFlow', limitBody(MAX_BUNDLE_BYTES), async (c) => {
    const flow = parseFlow(await readJsonBody(c));
    if (!flow.ok) throw invalidBody(flow.errors);
    const flowId = c.req.param('flowId');
    if (flow.value.id !== flowId) throw new ApiError(400, 'invalid_body', `id: must be the flow id in the path (${JSON.stringify(flowId)})`, { path: 'id' });
    await putDraftFlow(db, c.get('project').id, flow.value);
    return flow.value;
  });

  mountRoute(app, ADMIN_PREFIX, 'deleteDraftFlow', async (c) => {
    const flowId = c.req.param('flowId');
    if (!(await deleteDraftFlow(db, c.get('project').id, flowId))) throw new ApiError(404, 'unknown_flow', `the draft has no flow ${JSON.stringify(flowId)}`);
    return null;
  });

  mountRoute(app, ADMIN_PREFIX, 'publishRelease', limitBody(MAX_BUNDLE_BYTES), async (c) => {
    const project = c.get('project');
    const request = parseBody(PublishRequest, await readJsonBody(c));
    let source: unknown = request.bundle;
    if (source === undefined) {
      source = await getDraft(db, project.id);
      if (source === undefined) throw new ApiError(409, 'no_draft', 'there is no draft to publish: PUT /v1/admin/draft first or send "bundle"');
    }
    const bundle = validateBundle(source);
    if (!bundle.ok) throw invalidBody(request.bundle === undefined ? prefixIssues(bundle.errors, 'draft') : prefixIssues(bundle.errors, 'bundle'));
    const { version, etag } = await publishRelease(db, project.id, bundle.value, [request.env], request.note);
    return { version, env: request.env, etag };
  });

  mountRoute(app, ADMIN_PREFIX, 'listReleases', async (c) => ({ releases: await listReleases(db, c.get('project').id) }));

  mountRoute(app, ADMIN_PREFIX, 'getRelease', async (c) => {
    const version = parseIntegerParam(c.req.param('version'), 'version', { min: 1, max: 2 ** 31 - 1, fallback: 0 });
    const bundle = await getRelease(db, c.get('project').id, version);
    if (!bundle) throw new ApiError(404, 'unknown_release', `there is no release ${version}`);
    return bundle;
  });

  mountRoute(app, ADMIN_PREFIX, 'rollbackEnvironment', limitBody(4 * KB), async (c) => {
    const env = parseEnvironment(c.req.param('env'));
    const { version } = parseBody(RollbackRequest, await readJsonBody(c));
    const etag = await pointEnvironmentAt(db, c.get('project').id, env, version);
    if (!etag) throw new ApiError(404, 'unknown_release', `there is no release ${version}`, { path: 'version' });
    return { env, version, etag };
  });

  mountRoute(app, ADMIN_PREFIX, 'listEvents', async (c) => {
    const since = parseIntegerParam(c.req.query('since'), 'since', { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: 0 });
    const limit = parseIntegerParam(c.req.query('limit'), 'limit', { min: 1, max: 10_000, fallback: 1000 });
    const cursor = c.req.query('cursor');
    const page = await listEvents(db, c.get('project').id, { since, limit, ...(cursor ? { after: decodeCursor(cursor) } : {}) });
    return { events: page.events, next: page.next ? encodeCursor(page.next) : null };
  });

  app.route('/analytics', analyticsRoutes(options));
  app.route('/', alertRoutes(options));

  return app;
}
