import type { Flow } from '../../../shared/schema/flow.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { toPageLocation } from '../../../shared/targeting/matchUrlRule.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import type { Candidates } from '../../../sdk/engine/rules/flowsToStart.ts';
import type { RunContext } from '../../../sdk/engine/rules/runFlow.ts';
import type { FlowProgress } from '../../../sdk/storage/progress.ts';

/** One builder per concept the engine tests need: a step, a flow, saved progress, a page, a context. */
export const page = (path: string) => toPageLocation(`https://app.example${path}`, 'auto');

export const anchor = (id: string) => ({ selectors: [{ kind: 'testid' as const, value: `[data-testid="${id}"]` }] });

export const modal = (id: string, extra: Partial<Step> = {}): Step => ({ id, type: 'modal', title: id, ...extra }) as Step;
export const tooltip = (id: string, extra: Partial<Step> = {}): Step => ({ id, type: 'tooltip', title: id, anchor: anchor(id), ...extra }) as Step;

export function flow(id: string, extra: Partial<Flow> = {}): Flow {
  return {
    schemaVersion: 1, id, version: 1, name: id, kind: 'tour',
    trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
    frequency: { type: 'once' },
    steps: [modal('one'), modal('two')],
    ...extra,
  } as Flow;
}

export function saved(flowId: string, extra: Partial<FlowProgress> = {}): FlowProgress {
  return { key: `a:x|${flowId}`, userKey: 'a:x', flowId, flowVersion: 1, status: 'active', stepIndex: 0, starts: 1, lastStartedAt: 1, updatedAt: 1, sessionId: 'old', ...extra };
}

export const audienceContext = (traits: Record<string, unknown> = {}): TargetingContext => ({
  now: 1_000_000, traits, eventCounts: () => 0, flowStates: {}, milestones: new Set(), device: { width: 1280, touch: false }, elementPresent: () => false,
});

export function candidates(flows: Flow[], extra: Partial<Candidates> = {}): Candidates {
  return {
    flows, running: new Set(), progress: new Map(), page: page('/'), sessionId: 'now', now: 1_000_000,
    audience: () => audienceContext(), elementPresent: () => false, ...extra,
  };
}

export const context = (f: Flow, extra: Partial<RunContext> = {}): RunContext => ({ flow: f, page: page('/'), now: 5000, blockingShownBesides: false, ...extra });
