import type { FlowState } from '../../shared/schema/userState.ts';
import { progressKey, type FlowProgress } from '../storage/progress.ts';

/** A flow's progress as the user state carries it (without the device-local session id). */
export function toFlowState(p: FlowProgress): FlowState {
  const state: FlowState = {
    flowVersion: p.flowVersion,
    status: p.status,
    stepIndex: p.stepIndex,
    starts: p.starts,
    lastStartedAt: p.lastStartedAt,
    updatedAt: p.updatedAt,
  };
  if (p.stepId !== undefined) state.stepId = p.stepId;
  if (p.completedAt !== undefined) state.completedAt = p.completedAt;
  if (p.dismissedAt !== undefined) state.dismissedAt = p.dismissedAt;
  if (p.completedItems !== undefined) state.completedItems = p.completedItems.slice(0, 500);
  if (p.open !== undefined) state.open = p.open;
  return state;
}

/** The progress record for a flow state from another device, keeping this device's session. */
export function toFlowProgress(userKey: string, flowId: string, state: FlowState, local: FlowProgress | undefined): FlowProgress {
  return { ...state, key: progressKey(userKey, flowId), userKey, flowId, sessionId: local?.sessionId ?? '' };
}

const fields = ['flowVersion', 'status', 'stepIndex', 'stepId', 'starts', 'lastStartedAt', 'updatedAt', 'completedAt', 'dismissedAt', 'open'] as const;

export function sameFlowState(a: FlowState | undefined, b: FlowState | undefined): boolean {
  if (!a || !b) return a === b;
  if (fields.some((f) => a[f] !== b[f])) return false;
  const x = a.completedItems ?? [];
  const y = new Set(b.completedItems ?? []);
  return x.length === y.size && x.every((id) => y.has(id));
}
