import type { Flow } from '../../../shared/schema/flow.ts';
import { allowedByFrequency } from '../../../shared/targeting/allowedByFrequency.ts';
import type { FlowProgress } from '../../storage/progress.ts';
import { isBlocking } from './isBlocking.ts';

export interface StartRequest {
  flow: Flow;
  saved: FlowProgress | undefined;
  /** `start(id, { force: true })` (or a button's start_flow): past frequency and experiments. */
  force: boolean;
  /** Asked for by `start()` or a button, not by a trigger: queued behind a blocking flow, past the gap. */
  manual: boolean;
  sessionId: string;
  now: number;
  /** A blocking flow other than this one is on screen (or waiting for its anchor). */
  blockingShownBesides: boolean;
  /** When the last blocking experience ended, and the least gap between two. */
  lastBlockingEndedAt: number;
  blockingGapMs: number;
}

export type Admission =
  /** Start it (`resume`: where the user left it), once the experiment gate agrees unless forced. */
  | { kind: 'start'; resume: boolean }
  /** Start it when the blocking flow on screen ends. */
  | { kind: 'queue' }
  /** Look again in `ms`, when the gap after the last blocking experience is over. */
  | { kind: 'wait_gap'; ms: number }
  | { kind: 'refuse'; reason: 'frequency' | 'blocked' };

/** Whether a flow that was asked to start (by a trigger, `start()` or a button) starts now. */
export function admitStart(request: StartRequest): Admission {
  const { flow, saved, force, manual, now } = request;
  const resume = saved?.status === 'active' && saved.flowVersion === flow.version && !force;
  if (!resume && !force && !allowedByFrequency(flow.frequency, saved, request.sessionId, now)) return { kind: 'refuse', reason: 'frequency' };
  if (isBlocking(flow) && request.blockingShownBesides) return manual ? { kind: 'queue' } : { kind: 'refuse', reason: 'blocked' };
  const gapLeft = request.lastBlockingEndedAt + request.blockingGapMs - now;
  if (isBlocking(flow) && !manual && !resume && request.blockingGapMs > 0 && gapLeft > 0) return { kind: 'wait_gap', ms: gapLeft };
  return { kind: 'start', resume };
}
