import type { Action } from '../../../shared/schema/action.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { matchUrlRule, type PageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { FlowProgress } from '../../storage/progress.ts';
import { firstStepForPage, stepBelongsOn } from '../firstStepForPage.ts';
import type { Effect, Outcome, RunState } from './effects.ts';
import { isBlocking } from './isBlocking.ts';
import { onFlowPages } from './onFlowPages.ts';

/** How long a step waits for its anchor unless its `onMissing.timeoutMs` says otherwise. */
export const DEFAULT_ANCHOR_TIMEOUT_MS = 10_000;
/** `onMissing: { policy: 'wait' }`: as long as a timer can wait. */
const WAIT_FOREVER_MS = 2_147_483_647;

/** What a running flow's rules look at besides its own state. */
export interface RunContext {
  flow: Flow;
  page: PageLocation;
  now: number;
  /** A blocking flow other than this one is on screen (or waiting for its anchor). */
  blockingShownBesides: boolean;
  /** The flow's saved status: a checklist completed by its items ends without a second completion. */
  savedStatus?: FlowProgress['status'] | undefined;
  /** The shown step's anchor element has left the page. */
  anchorLost?: boolean;
}

/** What can happen to a running flow. */
export type Signal =
  /** Go to step `index`; `record` saves it as the current step. */
  | { type: 'enter'; index: number; record: boolean }
  /** Show the current step if its page (and turn) is here, otherwise wait for them. */
  | { type: 'place' }
  /** The anchor was found (`element`: the runtime holds one to attach to). */
  | { type: 'anchor_found'; element: boolean }
  /** The anchor did not appear within the step's timeout. */
  | { type: 'anchor_missing' }
  | { type: 'action'; action: Action }
  /** The close button, Escape, or the flow being dismissed otherwise. */
  | { type: 'dismiss' }
  | { type: 'anchor_click' }
  | { type: 'event'; name: string }
  | { type: 'navigation' };

const ids = (flow: Flow) => ({ flowId: flow.id, flowVersion: flow.version });

/** What `signal` does to `run`: the run after it (null when the flow ended) and the effects, in order. */
export function onSignal(run: RunState, signal: Signal, ctx: RunContext): Outcome {
  const effects: Effect[] = [];
  const next = apply(run, signal, ctx, effects);
  return { run: next, effects };
}

function apply(run: RunState, signal: Signal, ctx: RunContext, out: Effect[]): RunState | null {
  const { flow } = ctx;
  const step = flow.steps[run.stepIndex];
  switch (signal.type) {
    case 'enter':
      return enter(run, signal.index, signal.record, ctx, out);
    case 'place':
      return place(run, ctx, out);
    case 'anchor_found':
      return run.phase === 'waiting_anchor' ? show(run, signal.element, ctx, out) : run;
    case 'anchor_missing': {
      if (!step || run.phase !== 'waiting_anchor') return run;
      const policy = step.onMissing?.policy ?? 'end';
      out.push({ type: 'emit', event: 'anchor_missing', fields: { ...ids(flow), stepId: step.id, props: { policy, timeoutMs: step.onMissing?.timeoutMs ?? DEFAULT_ANCHOR_TIMEOUT_MS } } });
      return policy === 'skip' ? enter(run, run.stepIndex + 1, true, ctx, out) : finish(run, 'ended', ctx, out);
    }
    case 'action':
      return act(run, signal.action, ctx, out);
    case 'dismiss':
      return finish(run, 'dismissed', ctx, out);
    case 'anchor_click':
      return step?.advanceOn?.type === 'anchor_click' && run.phase === 'shown' ? complete(run, ctx, out) : run;
    case 'event':
      return run.phase === 'shown' && step?.advanceOn?.type === 'event' && step.advanceOn.name === signal.name ? complete(run, ctx, out) : run;
    case 'navigation': {
      if (!step) return run;
      const advance = step.advanceOn;
      // Reaching the step's target page completes it, even if the user went there another way.
      if (run.phase !== 'waiting_anchor' && advance?.type === 'url' && matchUrlRule(advance.rule, ctx.page)) return complete(run, ctx, out);
      if (run.phase === 'waiting_page' || step.url || !onFlowPages(flow, step, ctx.page) || ctx.anchorLost) return place(run, ctx, out);
      return run;
    }
  }
}

/** A fresh run starts at the first step that belongs on this page; a resumed one where it was. */
export function beginRun(flow: Flow, saved: FlowProgress | undefined, resume: boolean, manual: boolean, ctx: RunContext & { sessionId: string }): Outcome {
  const run: RunState = { flowId: flow.id, stepIndex: 0, phase: 'waiting_page' };
  if (resume && saved) return onSignal(run, { type: 'enter', index: Math.min(saved.stepIndex, flow.steps.length - 1), record: false }, ctx);
  const first = firstStepForPage(flow, ctx.page);
  const effects: Effect[] = [
    { type: 'save', flowId: flow.id, changes: { status: 'active', stepIndex: first, stepId: flow.steps[first]!.id, starts: (saved?.starts ?? 0) + 1, lastStartedAt: ctx.now, sessionId: ctx.sessionId } },
    { type: 'emit', event: 'flow_started', fields: { ...ids(flow), props: { manual, ...(first > 0 ? { startStep: first } : {}) } } },
  ];
  const next = enter(run, first, false, ctx, effects);
  return { run: next, effects };
}

function enter(run: RunState, index: number, record: boolean, ctx: RunContext, out: Effect[]): RunState | null {
  out.push({ type: 'unwatch', flowId: run.flowId });
  const step = ctx.flow.steps[index];
  if (!step) return finish(run, 'completed', ctx, out);
  if (record) out.push({ type: 'save', flowId: run.flowId, changes: { stepIndex: index, stepId: step.id } });
  return place({ ...run, stepIndex: index }, ctx, out);
}

function place(run: RunState, ctx: RunContext, out: Effect[]): RunState {
  const { flow, page } = ctx;
  const step = flow.steps[run.stepIndex]!;
  out.push({ type: 'unwatch', flowId: run.flowId });
  // A blocking flow whose page comes back while another one is showing waits its turn.
  if (!stepBelongsOn(step, page) || !onFlowPages(flow, step, page) || (isBlocking(flow) && ctx.blockingShownBesides)) {
    out.push({ type: 'render' });
    return { ...run, phase: 'waiting_page' };
  }
  const anchor = 'anchor' in step ? step.anchor : undefined;
  if (!anchor) return show(run, false, ctx, out);
  const policy = step.onMissing?.policy ?? 'end';
  out.push({ type: 'render' }, { type: 'wait_anchor', flowId: run.flowId, anchor, timeoutMs: policy === 'wait' ? WAIT_FOREVER_MS : step.onMissing?.timeoutMs ?? DEFAULT_ANCHOR_TIMEOUT_MS });
  return { ...run, phase: 'waiting_anchor' };
}

function show(run: RunState, element: boolean, ctx: RunContext, out: Effect[]): RunState {
  const { flow } = ctx;
  const step = flow.steps[run.stepIndex]!;
  if (step.advanceOn?.type === 'anchor_click' && element) out.push({ type: 'watch_anchor_click', flowId: run.flowId });
  out.push(
    { type: 'announce', flowId: run.flowId },
    { type: 'emit', event: 'step_shown', fields: { ...ids(flow), stepId: step.id, props: { index: run.stepIndex, total: flow.steps.length } } },
    { type: 'render' },
  );
  return { ...run, phase: 'shown' };
}

function complete(run: RunState, ctx: RunContext, out: Effect[]): RunState | null {
  const { flow } = ctx;
  out.push({ type: 'emit', event: 'step_completed', fields: { ...ids(flow), stepId: flow.steps[run.stepIndex]!.id, props: { index: run.stepIndex } } });
  return run.stepIndex + 1 >= flow.steps.length ? finish(run, 'completed', ctx, out) : enter(run, run.stepIndex + 1, true, ctx, out);
}

function finish(run: RunState, how: 'completed' | 'dismissed' | 'ended', ctx: RunContext, out: Effect[]): null {
  const { flow, now } = ctx;
  if (flow.checklist && ctx.savedStatus === 'completed') {
    out.push({ type: 'ended', flowId: flow.id }, { type: 'render' });
    return null;
  }
  out.push({ type: 'unwatch', flowId: flow.id }, { type: 'ended', flowId: flow.id });
  const step = flow.steps[run.stepIndex];
  const base = { ...ids(flow), ...(step ? { stepId: step.id } : {}) };
  if (how === 'completed') {
    out.push({ type: 'save', flowId: flow.id, changes: { status: 'completed', completedAt: now } }, { type: 'emit', event: 'flow_completed', fields: base });
  } else {
    out.push(
      { type: 'save', flowId: flow.id, changes: { status: 'dismissed', dismissedAt: now } },
      { type: 'emit', event: 'flow_dismissed', fields: { ...base, props: { reason: how === 'ended' ? 'anchor_missing' : 'user' } } },
    );
  }
  out.push({ type: 'announce', flowId: null }, { type: 'render' });
  if (isBlocking(flow)) out.push({ type: 'blocking_ended' });
  return null;
}

function act(run: RunState, action: Action, ctx: RunContext, out: Effect[]): RunState | null {
  const { flow } = ctx;
  switch (action.type) {
    case 'next':
      return complete(run, ctx, out);
    case 'back':
      return run.stepIndex > 0 ? enter(run, run.stepIndex - 1, true, ctx, out) : run;
    case 'dismiss':
      return finish(run, 'dismissed', ctx, out);
    case 'complete':
      out.push({ type: 'emit', event: 'step_completed', fields: { ...ids(flow), stepId: flow.steps[run.stepIndex]!.id, props: { index: run.stepIndex } } });
      return finish(run, 'completed', ctx, out);
    case 'goto_step': {
      const index = flow.steps.findIndex((s) => s.id === action.stepId);
      return index >= 0 ? enter(run, index, true, ctx, out) : run;
    }
    case 'url': {
      const next = action.complete ? finish(run, 'completed', ctx, out) : run;
      out.push({ type: 'navigate', url: action.url, newTab: action.newTab === true });
      return next;
    }
    case 'start_flow':
      finish(run, 'completed', ctx, out);
      out.push({ type: 'start_flow', flowId: action.flowId });
      return null;
    case 'track':
      out.push({ type: 'track', name: action.event });
      return run;
  }
}
