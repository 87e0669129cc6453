/** What the SDK remembers about one flow for one user. */
export interface FlowProgress {
  /** `${userKey}|${flowId}` */
  key: string;
  userKey: string;
  flowId: string;
  flowVersion: number;
  status: 'active' | 'completed' | 'dismissed';
  stepIndex: number;
  stepId?: string;
  /** Times the flow was started. */
  starts: number;
  lastStartedAt: number;
  updatedAt: number;
  /** Session in which it was last started, for "every session" frequency. */
  sessionId: string;
  completedAt?: number;
  /** Checklist items already reported as completed. */
  completedItems?: string[];
  /** Checklist panel open (true) or minimised to its launcher. */
  open?: boolean;
  dismissedAt?: number;
}

export const progressKey = (userKey: string, flowId: string): string => `${userKey}|${flowId}`;

/** One flow's progress after `changes`: fresh defaults under what was saved, the changes on top. */
export function updatedProgress(previous: FlowProgress | undefined, flow: { id: string; version: number }, changes: Partial<FlowProgress>, userKey: string, sessionId: string, now: number): FlowProgress {
  return {
    flowVersion: flow.version,
    status: 'active',
    stepIndex: 0,
    starts: 0,
    lastStartedAt: 0,
    sessionId,
    ...previous,
    ...changes,
    // Always this user's record, whatever an earlier read carried.
    key: progressKey(userKey, flow.id),
    userKey,
    flowId: flow.id,
    updatedAt: now,
  };
}
