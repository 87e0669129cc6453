import type { ExperimentAssignment, FlowState, UserState } from '../../shared/schema/userState.ts';
import type { ReleaseIds } from '../store/releaseIds.ts';
import { ApiError } from './ApiError.ts';

/** How far ahead of the server's clock a client's time may be (clock skew), in ms. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** Most entries a stored user state keeps per record; past them a PUT is a 413. */
export const USER_STATE_LIMITS = { flows: 1000, milestones: 1000, experiments: 200 } as const;
/** Largest stored user state (JSON bytes): the SDK downloads it at every start. */
export const MAX_STORED_USER_STATE_BYTES = 256 * 1024;

function keep<T>(record: Record<string, T>, accept: (key: string, value: T) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) {
    const accepted = accept(key, value);
    if (accepted !== undefined) out[key] = accepted;
  }
  return out;
}

function clampFlow(flow: FlowState, clamp: (t: number) => number): FlowState {
  const out: FlowState = { ...flow, lastStartedAt: clamp(flow.lastStartedAt), updatedAt: clamp(flow.updatedAt) };
  if (flow.completedAt !== undefined) out.completedAt = clamp(flow.completedAt);
  if (flow.dismissedAt !== undefined) out.dismissedAt = clamp(flow.dismissedAt);
  return out;
}

/**
 * What the server takes from a client's state before merging it: times no later than now plus
 * clock skew (a far-future `updatedAt` would win every later merge), flows and milestones some
 * release defines, experiment assignments only under the published bucketVersion and variants.
 */
export function acceptUserState(incoming: UserState, ids: ReleaseIds, now = Date.now()): UserState {
  const latest = now + MAX_CLOCK_SKEW_MS;
  const clamp = (t: number) => Math.min(t, latest);
  return {
    userId: incoming.userId,
    flows: keep(incoming.flows, (id, flow) => (ids.flows.has(id) ? clampFlow(flow, clamp) : undefined)),
    milestones: keep(incoming.milestones, (id, at) => (ids.milestones.has(id) ? clamp(at) : undefined)),
    experiments: keep(incoming.experiments, (key, a): ExperimentAssignment | undefined => {
      const experiment = ids.experiments.get(key);
      if (!experiment?.bucketVersions.has(a.bucketVersion) || !experiment.variants.has(a.variant)) return undefined;
      return { ...a, assignedAt: clamp(a.assignedAt) };
    }),
    updatedAt: clamp(incoming.updatedAt),
  };
}

/** A 413 naming what is full when the merged state is past the limits (nothing is stored then). */
export function checkStoredUserState(merged: UserState): void {
  for (const record of ['flows', 'milestones', 'experiments'] as const) {
    const count = Object.keys(merged[record]).length;
    const limit = USER_STATE_LIMITS[record];
    if (count > limit) {
      throw new ApiError(413, 'user_state_too_large', `${record}: at most ${limit} entries are kept per user (this change would make ${count})`, { path: record });
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(merged));
  if (bytes > MAX_STORED_USER_STATE_BYTES) {
    throw new ApiError(413, 'user_state_too_large', `the stored user state would be ${Math.ceil(bytes / 1024)} KB, more than the ${MAX_STORED_USER_STATE_BYTES / 1024} KB kept per user`);
  }
}
