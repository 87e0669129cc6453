import { expect, it } from 'vitest';
import { userHash } from '../../server/api/verifyUserHash.ts';
import type { FlowState, UserState } from '../../shared/schema/userState.ts';
import { validTour } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';
import { experiment } from '../support/fixtures/experiment.ts';
import { milestone } from '../support/fixtures/milestone.ts';

const flow = (overrides: Partial<FlowState> = {}): FlowState => ({ flowVersion: 1, status: 'active', stepIndex: 0, starts: 1, lastStartedAt: 1000, updatedAt: 1000, ...overrides });

function state(userId: string, overrides: Partial<UserState> = {}): UserState {
  return { userId, flows: {}, milestones: {}, experiments: {}, updatedAt: 1000, ...overrides };
}

const SECRET = 'wm_is_state_test';
/** The release the states below refer to: the server keeps only ids some release defines. */
const bundle = {
  schemaVersion: 1,
  flows: [{ ...validTour(), id: 'tour' }, { ...validTour(), id: 'checklist' }],
  milestones: ['integration_connected', 'widget_saved', 'connected', ...Array.from({ length: 8 }, (_, i) => `m${i}`)].map((id) => milestone(id)),
  experiments: [experiment({ key: 'onboarding', seed: 's', flowId: 'tour', goal: 'connected' })],
};

describeEachDatabase('user state', (server) => {
  const url = (publicKey: string, userId: string, query = '') => `${server.url}/v1/p/${publicKey}/users/${encodeURIComponent(userId)}/state${query}`;
  /** A project that verifies identity (the default) with the release above; requests carry the user's hash unless told otherwise. */
  const project_ = async () => {
    const created = await server.project({ identitySecret: SECRET });
    await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle }, bearer(created.secretKey)));
    return created;
  };
  const signed = (userId: string) => ({ 'X-Waymark-User-Hash': userHash(SECRET, userId) });
  const get = (publicKey: string, userId: string) => fetch(url(publicKey, userId), { headers: signed(userId) });
  const put = (publicKey: string, userId: string, body: unknown, headers: Record<string, string> = signed(userId)) =>
    fetch(url(publicKey, userId), { method: 'PUT', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('starts empty and merges what two devices send', async () => {
    const { project } = await project_();
    const user = 'lee@acme.example';
    expect(await get(project.publicKey, user).then((r) => r.json())).toEqual(state(user, { updatedAt: 0 }));

    // The laptop finishes the tour and a checklist item.
    const laptop = state(user, {
      flows: { tour: flow({ status: 'completed', stepIndex: 2, completedAt: 2000, updatedAt: 2000 }), checklist: flow({ completedItems: ['connect'], updatedAt: 2000 }) },
      milestones: { integration_connected: 2000 },
      experiments: { onboarding: { variant: 'bar', bucketVersion: 1, assignedAt: 1500 } },
      updatedAt: 2000,
    });
    const first = await put(project.publicKey, user, laptop);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual(laptop);

    // A phone that missed all that syncs later with stale progress.
    const phone = state(user, {
      flows: { tour: flow({ stepIndex: 1, updatedAt: 3000 }), checklist: flow({ completedItems: ['invite'], updatedAt: 2500 }) },
      milestones: { integration_connected: 2600, widget_saved: 2700 },
      experiments: { onboarding: { variant: 'control', bucketVersion: 1, assignedAt: 2500 } },
      updatedAt: 3000,
    });
    const merged = await put(project.publicKey, user, phone).then((r) => r.json());
    expect(merged.flows.tour).toMatchObject({ status: 'completed', completedAt: 2000, stepIndex: 1, updatedAt: 3000 });
    expect(merged.flows.checklist.completedItems).toEqual(['connect', 'invite']);
    expect(merged.milestones).toEqual({ integration_connected: 2000, widget_saved: 2700 });
    expect(merged.experiments.onboarding).toEqual({ variant: 'bar', bucketVersion: 1, assignedAt: 1500 });
    expect(merged.updatedAt).toBe(3000);
    expect(await get(project.publicKey, user).then((r) => r.json())).toEqual(merged);
  });

  it('keeps two concurrent writers: neither loses the other', async () => {
    const { project } = await project_();
    const user = 'sam';
    const writes = Array.from({ length: 8 }, (_, i) => put(project.publicKey, user, state(user, { milestones: { [`m${i}`]: 1000 + i } })));
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual(Array(8).fill(200));
    const stored = await get(project.publicKey, user).then((r) => r.json());
    expect(Object.keys(stored.milestones).sort()).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
  });

  it('rejects a bad state with its path and a body for another user, storing nothing', async () => {
    const { project } = await project_();
    const bad = await put(project.publicKey, 'kim', state('kim', { flows: { tour: flow({ status: 'finished' as FlowState['status'] }) } }));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ path: 'flows.tour.status', message: 'flows.tour.status: must be one of "active", "completed", "dismissed"' });
    const other = await put(project.publicKey, 'kim', state('someone-else'));
    expect(other.status).toBe(400);
    expect((await other.json()).error.path).toBe('userId');
    expect((await get(project.publicKey, 'kim').then((r) => r.json())).updatedAt).toBe(0);
  });

  it('requires a valid identity hash when the project verifies identity', async () => {
    const { project } = await project_();
    const user = 'lee@acme.example';
    const hash = userHash(SECRET, user);
    const body = state(user, { milestones: { connected: 5 } });

    const none = await put(project.publicKey, user, body, {});
    expect(none.status).toBe(401);
    expect((await none.json()).error.code).toBe('invalid_user_hash');
    const forged = await put(project.publicKey, user, body, { 'X-Waymark-User-Hash': userHash('guess', user) });
    expect(forged.status).toBe(401);
    // Another user's valid hash does not open this user's state.
    expect((await fetch(url(project.publicKey, user), { headers: { 'X-Waymark-User-Hash': userHash(SECRET, 'other') } })).status).toBe(401);
    expect((await fetch(url(project.publicKey, user, `?userHash=${hash}`)).then((r) => r.json())).milestones).toEqual({});

    expect((await put(project.publicKey, user, body, { 'X-Waymark-User-Hash': hash })).status).toBe(200);
    expect((await fetch(url(project.publicKey, user), { headers: { 'X-Waymark-User-Hash': hash } }).then((r) => r.json())).milestones).toEqual({ connected: 5 });
    expect((await fetch(url(project.publicKey, user, `?userHash=${hash}`)).then((r) => r.json())).milestones).toEqual({ connected: 5 });
  });
});
