import type { UserState } from '../../shared/schema/userState.ts';
import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readExperiments, writeExperiments } from '../storage/records/experiments.ts';
import { readMilestones, writeMilestones } from '../storage/records/milestones.ts';
import { readProgress, writeProgress } from '../storage/records/progress.ts';
import { sameFlowState, toFlowProgress, toFlowState } from './flowState.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';

/*
 * The per-user records the engine keeps in the store (flow progress, reached milestones,
 * experiment assignments) read as one UserState; a merged one is written back before the
 * engine loads them.
 */
export async function readLocalUserState(store: WaymarkStore, userKey: string, userId: string, now: number): Promise<UserState> {
  const state: UserState = { userId, flows: {}, milestones: {}, experiments: {}, updatedAt: 0 };
  const [progress, milestones, experiments] = await Promise.all([readProgress(store, userKey), readMilestones(store, userKey), readExperiments(store, userKey)]);
  for (const p of progress) {
    state.flows[p.flowId] = toFlowState(p);
    state.updatedAt = Math.max(state.updatedAt, p.updatedAt);
  }
  for (const [id, at] of Object.entries(milestones)) state.milestones[id] = typeof at === 'number' ? at : now;
  for (const [key, a] of Object.entries(experiments.assignments)) {
    if (a && typeof a.variant === 'string' && typeof a.bucketVersion === 'number') state.experiments[key] = { variant: a.variant, bucketVersion: a.bucketVersion, assignedAt: a.assignedAt ?? now };
  }
  return state;
}

/** Writes what `merged` adds to `local` into the store. */
export async function writeLocalUserState(store: WaymarkStore, userKey: string, local: UserState, merged: UserState): Promise<void> {
  const progress = new Map((await readProgress(store, userKey)).map((p) => [p.flowId, p]));
  const writes: Array<Promise<void>> = [];
  for (const [flowId, state] of Object.entries(merged.flows)) {
    if (!sameFlowState(ownValue(local.flows, flowId), state)) writes.push(writeProgress(store, toFlowProgress(userKey, flowId, state, progress.get(flowId))));
  }
  const milestonesChanged = Object.entries(merged.milestones).some(([id, at]) => ownValue(local.milestones, id) !== at);
  if (milestonesChanged) writes.push(writeMilestones(store, userKey, { ...merged.milestones }));
  const changedExperiments = Object.entries(merged.experiments).some(([key, a]) => ownValue(local.experiments, key)?.variant !== a.variant || ownValue(local.experiments, key)?.bucketVersion !== a.bucketVersion);
  if (changedExperiments) {
    const saved = await readExperiments(store, userKey);
    writes.push(writeExperiments(store, userKey, { assignments: merged.experiments, exposed: saved.exposed }));
  }
  await Promise.all(writes);
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
