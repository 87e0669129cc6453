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
  dismissedAt?: number;
}

export const progressKey = (userKey: string, flowId: string): string => `${userKey}|${flowId}`;
