import type { Flow } from '../../../shared/schema/flow.ts';
import type { PageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import { stepBelongsOn } from '../firstStepForPage.ts';
import type { RunState } from './effects.ts';
import { isBlocking } from './isBlocking.ts';

export type NextTurn =
  /** A blocking flow waiting on this page shows now (place it again). */
  | { type: 'resume'; flowId: string }
  /** The first flow queued by `start()` behind the one that ended. */
  | { type: 'start_queued' }
  /** Nothing waiting: look for flows to start. */
  | { type: 'evaluate' };

/** Whose turn it is once a blocking experience ended: the highest-priority one waiting here, then the queue. */
export function afterBlocking(runs: ReadonlyArray<{ run: RunState; flow: Flow }>, page: PageLocation, queued: number): NextTurn {
  const waiting = runs
    .filter(({ run, flow }) => isBlocking(flow) && run.phase === 'waiting_page')
    .filter(({ run, flow }) => {
      const step = flow.steps[run.stepIndex];
      return step === undefined || stepBelongsOn(step, page);
    })
    .sort((a, b) => (b.flow.priority ?? 0) - (a.flow.priority ?? 0))[0];
  if (waiting) return { type: 'resume', flowId: waiting.flow.id };
  return queued > 0 ? { type: 'start_queued' } : { type: 'evaluate' };
}

/** True when a blocking flow other than `flowId` is on screen or about to be (waiting for its anchor). */
export function blockingShownBesides(runs: ReadonlyArray<{ run: RunState; flow: Flow }>, flowId: string): boolean {
  return runs.some(({ run, flow }) => flow.id !== flowId && isBlocking(flow) && run.phase !== 'waiting_page');
}
