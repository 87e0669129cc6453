import type { UserState } from '../../shared/schema/userState.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { sameFlowState, toFlowProgress, toFlowState } from './flowState.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';

/*
 * The per-user records the engine keeps in the store: flow progress, reached milestones
 * (MilestoneTracker: a JSON array of ids) and experiment assignments (ExperimentGate:
 * `{ assignments, exposed }`). Sync reads them as one UserState and writes a merged one back
 * before the engine loads them.
 */
const milestonesKey = (userKey: string) => `milestones|${userKey}`;
const experimentsKey = (userKey: string) => `experiments|${userKey}`;
/** When each milestone was reached here, for the user state (the tracker keeps only ids). */
export const milestoneTimesKey = (userKey: string) => `milestoneTimes|${userKey}`;

function parse<T>(raw: string | undefined, fallback: T): T {
  try {
    const value: unknown = raw ? JSON.parse(raw) : fallback;
    return value && typeof value === 'object' ? (value as T) : fallback;
  } catch {
    return fallback;
  }
}

interface SavedExperiments {
  assignments: UserState['experiments'];
  exposed: string[];
}

export async function readLocalUserState(store: WaymarkStore, userKey: string, userId: string, now: number): Promise<UserState> {
  const state: UserState = { userId, flows: {}, milestones: {}, experiments: {}, updatedAt: 0 };
  for (const p of await store.getProgress(userKey)) {
    state.flows[p.flowId] = toFlowState(p);
    state.updatedAt = Math.max(state.updatedAt, p.updatedAt);
  }
  const times = parse<Record<string, number>>(await store.getMeta(milestoneTimesKey(userKey)), {});
  for (const id of parse<unknown[]>(await store.getMeta(milestonesKey(userKey)), [])) {
    if (typeof id === 'string') {
      const at = ownValue(times, id);
      state.milestones[id] = typeof at === 'number' ? at : now;
    }
  }
  const experiments = parse<Partial<SavedExperiments>>(await store.getMeta(experimentsKey(userKey)), {});
  for (const [key, a] of Object.entries(experiments.assignments ?? {})) {
    if (a && typeof a.variant === 'string' && typeof a.bucketVersion === 'number') state.experiments[key] = { variant: a.variant, bucketVersion: a.bucketVersion, assignedAt: a.assignedAt ?? now };
  }
  return state;
}

/** Writes what `merged` adds to `local` into the store. */
export async function writeLocalUserState(store: WaymarkStore, userKey: string, local: UserState, merged: UserState): Promise<void> {
  const progress = new Map((await store.getProgress(userKey)).map((p) => [p.flowId, p]));
  for (const [flowId, state] of Object.entries(merged.flows)) {
    if (!sameFlowState(ownValue(local.flows, flowId), state)) await store.putProgress(toFlowProgress(userKey, flowId, state, progress.get(flowId)));
  }
  const milestoneIds = Object.keys(merged.milestones);
  if (milestoneIds.some((id) => !Object.hasOwn(local.milestones, id))) {
    await store.setMeta(milestonesKey(userKey), JSON.stringify(milestoneIds));
  }
  await store.setMeta(milestoneTimesKey(userKey), JSON.stringify(merged.milestones));
  const changedExperiments = Object.entries(merged.experiments).some(([key, a]) => ownValue(local.experiments, key)?.variant !== a.variant || ownValue(local.experiments, key)?.bucketVersion !== a.bucketVersion);
  if (changedExperiments) {
    const saved = parse<Partial<SavedExperiments>>(await store.getMeta(experimentsKey(userKey)), {});
    await store.setMeta(experimentsKey(userKey), JSON.stringify({ assignments: merged.experiments, exposed: Array.isArray(saved.exposed) ? saved.exposed : [] }));
  }
}

/** The part of `merged` that `remote` does not have yet (what to send back). */
export function changesSince(remote: UserState, merged: UserState): UserState {
  const diff: UserState = { userId: merged.userId, flows: {}, milestones: {}, experiments: {}, updatedAt: merged.updatedAt };
  for (const [id, state] of Object.entries(merged.flows)) if (!sameFlowState(ownValue(remote.flows, id), state)) diff.flows[id] = state;
  for (const [id, at] of Object.entries(merged.milestones)) if (ownValue(remote.milestones, id) !== at) diff.milestones[id] = at;
  for (const [key, a] of Object.entries(merged.experiments)) {
    const r = ownValue(remote.experiments, key);
    if (!r || r.variant !== a.variant || r.bucketVersion !== a.bucketVersion) diff.experiments[key] = a;
  }
  return diff;
}

export function isEmptyChange(state: UserState): boolean {
  return !Object.keys(state.flows).length && !Object.keys(state.milestones).length && !Object.keys(state.experiments).length;
}
