/**
 * Issue 12, server side: each finding tried as an attacker with only what a public page exposes
 * (the public key, the API), and the answer a user of Waymark would see.
 */
import { expect, it } from 'vitest';
import { userHash } from '../../server/api/verifyUserHash.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import type { UserState } from '../../shared/schema/userState.ts';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';
import { experiment } from '../support/fixtures/experiment.ts';

const INT32_MAX = 2 ** 31 - 1;

function state(userId: string, overrides: Partial<UserState> = {}): UserState {
  return { userId, flows: {}, milestones: {}, experiments: {}, updatedAt: 1000, ...overrides };
}

/** A bundle with the tour, the `connected` milestone and a running experiment `onboarding` (bucketVersion 3). */
function experimentBundle(): Record<string, any> {
  const bundle = validBundle();
  bundle.milestones.push({ id: 'invited', name: 'Invited', stage: 'activation', reachedBy: [{ type: 'event', name: 'teammate_invited' }] });
  bundle.experiments = [experiment({ key: 'onboarding', seed: 'onboarding-seed', bucketVersion: 3, arm: 'tour', flowId: 'tour-1', goal: 'connected', status: 'running' })];
  return bundle;
}

const event = (overrides: Record<string, unknown> = {}) => ({
  id: uuidv7(),
  type: 'milestone_reached',
  ts: Date.now(),
  anonymousId: 'anon-1',
  sessionId: 'session-1',
  props: {},
  ...overrides,
});

describeEachDatabase('security', (server) => {
  const stateUrl = (publicKey: string, userId: string) => `${server.url}/v1/p/${publicKey}/users/${encodeURIComponent(userId)}/state`;
  const putState = (publicKey: string, userId: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(stateUrl(publicKey, userId), { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const publish = (secretKey: string, bundle: unknown) => fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle }, bearer(secretKey)));
  const postEvents = (publicKey: string, body: unknown) => fetch(`${server.url}/v1/p/${publicKey}/events`, json(body));
  const exported = async (secretKey: string) => (await fetch(`${server.url}/v1/admin/events`, { headers: bearer(secretKey) }).then((r) => r.json())).events;

  // ---- 1. state of other users ----

  it('1: a new project verifies identity unless told otherwise', async () => {
    const { secretKey } = await server.project();
    const project = await fetch(`${server.url}/v1/admin/project`, { headers: bearer(secretKey) }).then((r) => r.json());
    expect(project.identityVerification).toBe(true);
  });

  it('1: without identity verification the state endpoints take only anonymous ids, never a user id', async () => {
    const { project } = await server.project({ identityVerification: false });
    for (const victim of ['lee@acme.example', '42', 'admin']) {
      const read = await fetch(stateUrl(project.publicKey, victim));
      expect(read.status).toBe(403);
      expect((await read.json()).error).toMatchObject({ code: 'identity_verification_off', path: 'userId' });
      const write = await putState(project.publicKey, victim, state(victim, { milestones: { connected: 1 } }));
      expect(write.status).toBe(403);
    }
    const anonymous = uuidv7();
    expect((await putState(project.publicKey, anonymous, state(anonymous))).status).toBe(200);
    expect((await fetch(stateUrl(project.publicKey, anonymous))).status).toBe(200);
  });

  it('1: a forged state cannot win later merges: times clamped, bucketVersion must be the published one, unknown ids dropped', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_forge' });
    expect((await publish(secretKey, experimentBundle())).status).toBe(201);
    const user = 'victim@acme.example';
    const headers = { 'X-Waymark-User-Hash': userHash('wm_is_forge', user) };
    const future = Date.now() + 10 * 365 * 86_400_000;
    const before = Date.now();
    const forged = await putState(
      project.publicKey,
      user,
      state(user, {
        flows: { 'tour-1': { flowVersion: 1, status: 'dismissed', stepIndex: 0, starts: 1, lastStartedAt: future, updatedAt: future, dismissedAt: future } },
        milestones: { connected: future, 'made-up': 5 },
        experiments: {
          onboarding: { variant: 'tour', bucketVersion: INT32_MAX, assignedAt: future },
          ghost: { variant: 'a', bucketVersion: 1, assignedAt: 5 },
        },
        updatedAt: future,
      }),
      headers,
    );
    expect(forged.status).toBe(200);
    const stored = await forged.json();
    const latest = Date.now() + 5 * 60_000;
    expect(stored.flows['tour-1'].updatedAt).toBeLessThanOrEqual(latest);
    expect(stored.flows['tour-1'].updatedAt).toBeGreaterThanOrEqual(before);
    expect(stored.updatedAt).toBeLessThanOrEqual(latest);
    expect(stored.milestones).toEqual({ connected: expect.any(Number) });
    expect(stored.milestones.connected).toBeLessThanOrEqual(latest);
    expect(stored.experiments).toEqual({});

    // The real device, a bit later, with the current bucketVersion: its progress counts.
    const real = await putState(
      project.publicKey,
      user,
      state(user, {
        flows: { 'tour-1': { flowVersion: 1, status: 'active', stepIndex: 1, starts: 1, lastStartedAt: latest + 1, updatedAt: latest + 1 } },
        experiments: { onboarding: { variant: 'control', bucketVersion: 3, assignedAt: 2000 } },
      }),
      headers,
    ).then((r) => r.json());
    expect(real.flows['tour-1']).toMatchObject({ status: 'active', stepIndex: 1 });
    expect(real.experiments.onboarding).toEqual({ variant: 'control', bucketVersion: 3, assignedAt: 2000 });
  });

  // ---- 3. unbounded state ----

  it('3: ids no release knows are dropped, so twenty junk PUTs leave the stored state as small as it was', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_junk' });
    await publish(secretKey, validBundle());
    const user = 'junk@acme.example';
    const headers = { 'X-Waymark-User-Hash': userHash('wm_is_junk', user) };
    for (let i = 0; i < 20; i++) {
      const milestones = Object.fromEntries(Array.from({ length: 2000 }, (_, j) => [`m${i}-${j}-${'x'.repeat(60)}`, 1000]));
      expect((await putState(project.publicKey, user, state(user, { milestones }), headers)).status).toBe(200);
    }
    const stored = await fetch(stateUrl(project.publicKey, user), { headers }).then((r) => r.text());
    expect(stored.length).toBeLessThan(1000);
  });

  it('3: the merged state is capped: past the limit a PUT is a 413 naming what is full', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_cap' });
    const bundle = validBundle();
    bundle.milestones = Array.from({ length: 1500 }, (_, i) => ({ id: `m${i}`, name: `M ${i}`, stage: 'activation', reachedBy: [{ type: 'event', name: `e${i}` }] }));
    expect((await publish(secretKey, bundle)).status).toBe(201);
    const user = 'cap@acme.example';
    const headers = { 'X-Waymark-User-Hash': userHash('wm_is_cap', user) };
    const part = (from: number) => Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`m${from + i}`, 1000]));
    expect((await putState(project.publicKey, user, state(user, { milestones: part(0) }), headers)).status).toBe(200);
    const second = await putState(project.publicKey, user, state(user, { milestones: part(600) }), headers);
    expect(second.status).toBe(413);
    expect((await second.json()).error).toMatchObject({ code: 'user_state_too_large', path: 'milestones', message: expect.stringContaining('milestones: at most 1000') });
    const stored = await fetch(stateUrl(project.publicKey, user), { headers }).then((r) => r.json());
    expect(Object.keys(stored.milestones)).toHaveLength(600);
  });

  // ---- 4. poison batches ----

  it('4: versions above 2^31−1 are a 400 with their path at publish, ingest and state sync', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_int' });
    const bundle = validBundle();
    bundle.flows[0].version = INT32_MAX + 1;
    const published = await publish(secretKey, bundle);
    expect(published.status).toBe(400);
    expect((await published.json()).error.path).toBe('bundle.flows[0].version');

    const events = await postEvents(project.publicKey, { events: [event(), event({ flowId: 'tour-1', flowVersion: INT32_MAX + 1 })] });
    expect(events.status).toBe(400);
    expect((await events.json()).error.path).toBe('events[1].flowVersion');

    const user = 'int@acme.example';
    const put = await putState(project.publicKey, user, state(user, { experiments: { onboarding: { variant: 'a', bucketVersion: INT32_MAX + 1, assignedAt: 1 } } }), {
      'X-Waymark-User-Hash': userHash('wm_is_int', user),
    });
    expect(put.status).toBe(400);
    expect((await put.json()).error.path).toBe('experiments.onboarding.bucketVersion');
  });

  it('4: JSON nested thousands of levels deep is a 400 naming where, not a 500', async () => {
    const { project } = await server.project();
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const body = `{"events":[${JSON.stringify(event())},${JSON.stringify(event()).replace('"props":{}', `"props":${deep}`)}]}`;
    const response = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_body');
    expect(error.path).toMatch(/^events\[1\]\.props\.a\.a/);
    expect(error.message).toContain('nested deeper than');
  });

  // ---- 5. rigged results ----

  it('5: with identity verification, events of a user need their hash; the others are kept but flagged, and reports can leave them out', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_events' });
    await publish(secretKey, validBundle());
    const real = 'real@acme.example';
    const forged = Array.from({ length: 5 }, (_, i) => event({ userId: `made-up-${i}`, anonymousId: `fake-${i}`, type: 'flow_started', flowId: 'tour-1', flowVersion: 1 }));
    const genuine = event({ userId: real, anonymousId: 'real-anon', type: 'flow_started', flowId: 'tour-1', flowVersion: 1 });
    const wrongHash = event({ userId: 'other@acme.example', anonymousId: 'other-anon', type: 'flow_started', flowId: 'tour-1', flowVersion: 1 });
    const response = await postEvents(project.publicKey, {
      events: [...forged, genuine, wrongHash],
      userHashes: { [real]: userHash('wm_is_events', real), 'other@acme.example': userHash('guess', 'other@acme.example') },
    });
    expect(response.status).toBe(200);
    const stored = await exported(secretKey);
    expect(stored.filter((e: { verified: boolean }) => e.verified).map((e: { userId: string }) => e.userId)).toEqual([real]);
    expect(stored).toHaveLength(7);

    const report = (query = '') => fetch(`${server.url}/v1/admin/analytics/flows${query}`, { headers: bearer(secretKey) }).then((r) => r.json());
    const started = (body: any) => body.flows.find((f: { id: string }) => f.id === 'tour-1').started;
    expect(started(await report())).toBe(7);
    expect(started(await report('?verified=only'))).toBe(1);
    const bad = await fetch(`${server.url}/v1/admin/analytics/flows?verified=maybe`, { headers: bearer(secretKey) });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.path).toBe('verified');
  });

  it('5: a malformed hash does not cost the batch: its events are stored, unverified', async () => {
    const { project, secretKey } = await server.project();
    const response = await postEvents(project.publicKey, { events: [event({ userId: 'odd@acme.example' })], userHashes: { 'odd@acme.example': 'not a hash' } });
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 0 });
    expect((await exported(secretKey)).map((e: { verified: boolean }) => e.verified)).toEqual([false]);
  });

  it('5: an event time in the future is clamped to the time it was received', async () => {
    const { project, secretKey } = await server.project();
    const future = Date.now() + 365 * 86_400_000;
    expect((await postEvents(project.publicKey, { events: [event({ ts: future })] })).status).toBe(200);
    const [stored] = await exported(secretKey);
    expect(stored.ts).toBeLessThanOrEqual(stored.receivedAt + 5 * 60_000);
  });

  // ---- 8. event ids per project ----

  it('8: the same event id in two projects is two events; neither reveals or blocks the other', async () => {
    const a = await server.project();
    const b = await server.project();
    const shared = event();
    expect(await postEvents(a.project.publicKey, { events: [shared] }).then((r) => r.json())).toEqual({ accepted: 1, duplicates: 0 });
    expect(await postEvents(b.project.publicKey, { events: [shared] }).then((r) => r.json())).toEqual({ accepted: 1, duplicates: 0 });
    expect(await postEvents(b.project.publicKey, { events: [shared] }).then((r) => r.json())).toEqual({ accepted: 0, duplicates: 1 });
    expect(await exported(a.secretKey)).toHaveLength(1);
  });

  // ---- 9. failed delete ----

  it('9: deleting a draft flow that does not exist creates no draft, so a publish does not unpublish everything', async () => {
    const { secretKey } = await server.project();
    const deleted = await fetch(`${server.url}/v1/admin/draft/flows/nope`, { method: 'DELETE', headers: bearer(secretKey) });
    expect(deleted.status).toBe(404);
    const release = await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production' }, bearer(secretKey)));
    expect(release.status).toBe(409);
    expect((await release.json()).error.code).toBe('no_draft');
  });

  // ---- 12. key rotation ----

  it('12: the secret key rotates through the admin API; the old one stops working at once', async () => {
    const { secretKey } = await server.project();
    const rotated = await fetch(`${server.url}/v1/admin/project/secret-key`, { method: 'POST', headers: bearer(secretKey) });
    expect(rotated.status).toBe(200);
    const { secretKey: next } = await rotated.json();
    expect(next).toMatch(/^wm_sk_/);
    expect((await fetch(`${server.url}/v1/admin/project`, { headers: bearer(secretKey) })).status).toBe(401);
    expect((await fetch(`${server.url}/v1/admin/project`, { headers: bearer(next) })).status).toBe(200);
  });

  it('12: the identity secret rotates with a grace period in which hashes made with the old one still count', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_old' });
    const user = 'rotate@acme.example';
    const old = { 'X-Waymark-User-Hash': userHash('wm_is_old', user) };
    const rotated = await fetch(`${server.url}/v1/admin/project/identity-secret`, json({ graceSeconds: 3600 }, bearer(secretKey)));
    expect(rotated.status).toBe(200);
    const { identitySecret, previousValidUntil } = await rotated.json();
    expect(identitySecret).toMatch(/^wm_is_/);
    expect(previousValidUntil).toBeGreaterThan(Date.now() + 3500_000);
    expect((await fetch(stateUrl(project.publicKey, user), { headers: old })).status).toBe(200);
    expect((await fetch(stateUrl(project.publicKey, user), { headers: { 'X-Waymark-User-Hash': userHash(identitySecret, user) } })).status).toBe(200);

    // A second rotation with no grace: the first secret is gone at once.
    const again = await fetch(`${server.url}/v1/admin/project/identity-secret`, json({ graceSeconds: 0 }, bearer(secretKey))).then((r) => r.json());
    expect((await fetch(stateUrl(project.publicKey, user), { headers: old })).status).toBe(401);
    expect((await fetch(stateUrl(project.publicKey, user), { headers: { 'X-Waymark-User-Hash': userHash(identitySecret, user) } })).status).toBe(401);
    expect((await fetch(stateUrl(project.publicKey, user), { headers: { 'X-Waymark-User-Hash': userHash(again.identitySecret, user) } })).status).toBe(200);
    const badGrace = await fetch(`${server.url}/v1/admin/project/identity-secret`, json({ graceSeconds: -1 }, bearer(secretKey)));
    expect(badGrace.status).toBe(400);
    expect((await badGrace.json()).error.path).toBe('graceSeconds');
  });
});
