import type { Frequency } from '../schema/flow.ts';

/** What frequency rules need to know about a user's history with one flow. */
export interface FrequencyHistory {
  starts: number;
  status: 'active' | 'completed' | 'dismissed';
  lastStartedAt: number;
  sessionId: string;
}

const DAY_MS = 86_400_000;

/** Whether a flow may start (again) for this user now. An active flow is resumed, not restarted. */
export function allowedByFrequency(frequency: Frequency, history: FrequencyHistory | undefined, sessionId: string, now: number): boolean {
  if (!history || history.starts === 0) return true;
  switch (frequency.type) {
    case 'once':
      return false;
    case 'every_session':
      return history.sessionId !== sessionId;
    case 'until_completed':
      // A dismissal holds for the rest of the session; it comes back in the next one.
      return history.status !== 'completed' && (history.status !== 'dismissed' || history.sessionId !== sessionId);
    case 'every_n_days':
      return history.status !== 'active' && now - history.lastStartedAt >= frequency.days * DAY_MS;
    default:
      return false;
  }
}
