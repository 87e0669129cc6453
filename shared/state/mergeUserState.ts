import type { ExperimentAssignment, FlowState, UserState } from '../schema/userState.ts';

const statusRank: Record<FlowState['status'], number> = { active: 0, dismissed: 1, completed: 2 };

/** The entry with the newer `updatedAt`; on a tie the one further along, so the merge is order-independent. */
function newerFlow(a: FlowState, b: FlowState): FlowState {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  if (a.status !== b.status) return statusRank[a.status] > statusRank[b.status] ? a : b;
  return b.stepIndex > a.stepIndex ? b : a;
}

function union(a: readonly string[] = [], b: readonly string[] = []): string[] {
  return [...new Set([...a, ...b])];
}

function earliest(...times: Array<number | undefined>): number | undefined {
  const defined = times.filter((t): t is number => t !== undefined);
  return defined.length ? Math.min(...defined) : undefined;
}

export function mergeFlowState(a: FlowState, b: FlowState): FlowState {
  const merged: FlowState = { ...newerFlow(a, b), starts: Math.max(a.starts, b.starts), lastStartedAt: Math.max(a.lastStartedAt, b.lastStartedAt) };
  const items = union(a.completedItems, b.completedItems);
  if (items.length || a.completedItems || b.completedItems) merged.completedItems = items;
  // Completion is monotonic: once completed on any device, completed everywhere, at the first time.
  const completedAt = earliest(a.status === 'completed' ? a.completedAt : undefined, b.status === 'completed' ? b.completedAt : undefined);
  if (a.status === 'completed' || b.status === 'completed') {
    merged.status = 'completed';
    if (completedAt !== undefined) merged.completedAt = completedAt;
  }
  return merged;
}

/** Sticky: the existing assignment stays unless the incoming one was made under a higher bucketVersion. */
function mergeAssignment(existing: ExperimentAssignment, incoming: ExperimentAssignment): ExperimentAssignment {
  return incoming.bucketVersion > existing.bucketVersion ? incoming : existing;
}

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, both: (x: T, y: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = Object.hasOwn(out, key) ? both(out[key]!, value) : value;
  return out;
}

/**
 * Merges the state a client sends into the state already stored (server on PUT, SDK on sync).
 * `existing` wins experiment ties (sticky assignment); everything else is symmetric.
 */
export function mergeUserState(existing: UserState, incoming: UserState): UserState {
  return {
    userId: existing.userId,
    flows: mergeRecords(existing.flows, incoming.flows, mergeFlowState),
    milestones: mergeRecords(existing.milestones, incoming.milestones, Math.min),
    experiments: mergeRecords(existing.experiments, incoming.experiments, mergeAssignment),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
}
