import type { Anchor } from '../../../shared/schema/anchor.ts';
import type { EventFields } from '../../events/createEvent.ts';
import type { FlowProgress } from '../../storage/progress.ts';

/** Where a running flow is: waiting for its step's page, for its anchor, or on screen. */
export type Phase = 'waiting_page' | 'waiting_anchor' | 'shown';

/** A running flow, as data. (The anchor element itself stays with the runtime.) */
export interface RunState {
  flowId: string;
  stepIndex: number;
  phase: Phase;
}

/** What the runtime does for the engine, in order. */
export type Effect =
  | { type: 'emit'; event: string; fields: EventFields }
  | { type: 'save'; flowId: string; changes: Partial<FlowProgress> }
  /** Stop the anchor wait and the advance watch of this flow's previous step. */
  | { type: 'unwatch'; flowId: string }
  /** Wait for the anchor; it comes back as `anchor_found`, or `anchor_missing` after `timeoutMs`. */
  | { type: 'wait_anchor'; flowId: string; anchor: Anchor; timeoutMs: number }
  /** A click on the step's anchor completes it: it comes back as `anchor_click`. */
  | { type: 'watch_anchor_click'; flowId: string }
  /** The step is on screen: announce it to screen readers (null: the announcement ends). */
  | { type: 'announce'; flowId: string | null }
  | { type: 'render' }
  | { type: 'navigate'; url: string; newTab: boolean }
  | { type: 'start_flow'; flowId: string }
  | { type: 'track'; name: string }
  /** The flow leaves the running set. */
  | { type: 'ended'; flowId: string }
  /** A blocking experience ended: note when (for the gap), and let the next one have its turn. */
  | { type: 'blocking_ended' };

export interface Outcome {
  /** The run after the signal; null when the flow ended. */
  run: RunState | null;
  effects: Effect[];
}
