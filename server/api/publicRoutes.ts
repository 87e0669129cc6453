import { Hono } from 'hono';
import { EventBatch, MAX_EVENT_BATCH_BYTES } from '../../shared/schema/eventBatch.ts';
import { parseUserState } from '../../shared/schema/userState.ts';
import { insertEvents } from '../store/events.ts';
import { findProjectByPublicKey, type Project } from '../store/projects.ts';
import { getPublished, getPublishedEtag } from '../store/releases.ts';
import { getUserState, mergeIntoUserState } from '../store/userStates.ts';
import type { ApiEnv, ApiOptions } from './ApiEnv.ts';
import { ApiError, invalidBody } from './ApiError.ts';
import { publicCors } from './cors.ts';
import { findUnstorableText } from '../../shared/schema/findUnstorableText.ts';
import { matchesEtag } from './matchesEtag.ts';
import { parseBody, parseEnvironment } from './payloads.ts';
import { rateLimit, type TokenBuckets } from './rateLimit.ts';
import { releaseIds } from '../store/releaseIds.ts';
import { KB, limitBody, readJsonBody } from './readJsonBody.ts';
import { verifyProjectUserHash } from './verifyUserHash.ts';
import { acceptUserState, checkStoredUserState, MAX_CLOCK_SKEW_MS } from './acceptUserState.ts';
import { clientAddress } from './clientAddress.ts';
import { mountRoute } from './mountRoute.ts';
import { PUBLIC_PREFIX } from './mountPrefixes.ts';

const MAX_USER_STATE_BYTES = 256 * KB;

/** The SDK's anonymous id (a UUIDv7: 74 random bits), the only state id a project without identity verification serves. */
const anonymousIdFormat = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Who may read and write this state. With identity verification: the holder of the user's hash.
 * Without it, anyone holding the public key could name any user, so only anonymous ids
 * (random, known only to the browser that made them) are served, and a user id is refused.
 */
function requireStateAccess(project: Project, userId: string, hash: string | undefined): void {
  if (!project.identityVerification) {
    if (anonymousIdFormat.test(userId)) return;
    throw new ApiError(
      403,
      'identity_verification_off',
      'userId: this project does not verify identity, so user state is kept only for anonymous ids; turn identity verification on and send X-Waymark-User-Hash to keep a signed-in user\'s state',
      { path: 'userId' },
    );
  }
  if (verifyProjectUserHash(project, userId, hash)) return;
  throw new ApiError(
    401,
    'invalid_user_hash',
    hash
      ? 'X-Waymark-User-Hash does not match this user'
      : 'identity verification is on for this project: send X-Waymark-User-Hash = hex(HMAC-SHA256(identity secret, userId))',
  );
}

function readUserId(raw: string): string {
  if (raw.length < 1 || raw.length > 200) throw new ApiError(400, 'invalid_user_id', 'userId: must be 1–200 characters', { path: 'userId' });
  const unstorable = findUnstorableText(raw, ['userId']);
  if (unstorable) throw new ApiError(400, 'invalid_user_id', unstorable, { path: 'userId' });
  return raw;
}

/** The users of a batch whose identity is proven: their userHashes entry signs them (identity verification on). */
function verifiedUsers(project: Project, batch: EventBatch): Set<string> {
  const verified = new Set<string>();
  if (!project.identityVerification || !batch.userHashes) return verified;
  const now = Date.now();
  for (const event of batch.events) {
    const userId = event.userId;
    if (userId === undefined || verified.has(userId) || !Object.hasOwn(batch.userHashes, userId)) continue;
    if (verifyProjectUserHash(project, userId, batch.userHashes[userId], now)) verified.add(userId);
  }
  return verified;
}

const publicKeyFormat = /^wm_pk_[A-Za-z0-9_-]{1,100}$/;

/** What the SDK calls, keyed by the public key in the path (so `sendBeacon` works). */
export function publicRoutes({ db, trustedProxies = 0 }: ApiOptions, buckets: { key: TokenBuckets; client: TokenBuckets }): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.use('/:publicKey/*', async (c, next) => {
    const publicKey = c.req.param('publicKey');
    const project = publicKeyFormat.test(publicKey) ? await findProjectByPublicKey(db, publicKey) : undefined;
    if (!project) throw new ApiError(404, 'unknown_project', 'no project has this public key');
    c.set('project', project);
    return publicCors(c, project) ?? next();
  });
  app.use(
    '/:publicKey/*',
    rateLimit(
      [buckets.client, (c) => `${c.req.param('publicKey')} ${clientAddress(c, trustedProxies)}`, 'from this client'],
      [buckets.key, (c) => c.req.param('publicKey')!, 'for this key'],
    ),
  );

  mountRoute(app, PUBLIC_PREFIX, 'getBundle', async (c) => {
    const project = c.get('project');
    const env = parseEnvironment(c.req.query('env'));
    const etag = await getPublishedEtag(db, project.id, env);
    if (!etag) throw new ApiError(404, 'not_published', `nothing is published to ${env} yet`);
    const caching = { 'Cache-Control': 'no-cache', ETag: etag };
    if (matchesEtag(c.req.header('if-none-match'), etag)) return c.body(null, 304, caching);
    const release = await getPublished(db, project.id, env);
    if (!release) throw new ApiError(404, 'not_published', `nothing is published to ${env} yet`);
    return c.body(JSON.stringify(release.bundle), 200, {
      ...caching,
      ETag: release.etag,
      'Content-Type': 'application/json; charset=utf-8',
      'X-Waymark-Release': String(release.version),
    });
  });

  mountRoute(app, PUBLIC_PREFIX, 'postEvents', limitBody(MAX_EVENT_BATCH_BYTES), async (c) => {
    // The environment comes with the batch's URL (the SDK's server.env), so sendBeacon can carry it.
    const env = parseEnvironment(c.req.query('env'));
    const batch = parseBody(EventBatch, await readJsonBody(c));
    const receivedAt = Date.now();
    return insertEvents(db, c.get('project').id, batch.events, { env, receivedAt, verifiedUsers: verifiedUsers(c.get('project'), batch), maxTs: receivedAt + MAX_CLOCK_SKEW_MS });
  });

  mountRoute(app, PUBLIC_PREFIX, 'getUserState', async (c) => {
    const project = c.get('project');
    const userId = readUserId(c.req.param('userId'));
    requireStateAccess(project, userId, c.req.header('x-waymark-user-hash') ?? c.req.query('userHash'));
    return getUserState(db, project.id, userId);
  });

  mountRoute(app, PUBLIC_PREFIX, 'putUserState', limitBody(MAX_USER_STATE_BYTES), async (c) => {
    const project = c.get('project');
    const userId = readUserId(c.req.param('userId'));
    requireStateAccess(project, userId, c.req.header('x-waymark-user-hash') ?? c.req.query('userHash'));
    const parsed = parseUserState(await readJsonBody(c));
    if (!parsed.ok) throw invalidBody(parsed.errors);
    if (parsed.value.userId !== userId) {
      throw new ApiError(400, 'invalid_body', `userId: must be the user in the path (${JSON.stringify(userId)})`, { path: 'userId' });
    }
    const incoming = acceptUserState(parsed.value, await releaseIds(db, project.id));
    return mergeIntoUserState(db, project.id, incoming, checkStoredUserState);
  });

  return app;
}
