import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';
import { stepOrder } from './stepOrder.ts';

export interface FunnelStep {
  stepId: string;
  /** Users this step was shown to. */
  users: number;
  /** Users who closed the flow on this step. */
  dismissed: number;
  /** Users for whom this was the furthest step shown, and who did not complete the flow. */
  dropOff: number;
  /** dropOff / users; 0 when nobody saw the step. */
  dropOffRate: number;
}

export interface FlowFunnel {
  flowId: string;
  started: number;
  steps: FunnelStep[];
  completed: number;
  dismissed: number;
  /** completed / started; 0 when nobody started. */
  completionRate: number;
}

export interface FlowFunnelOptions {
  /** Step ids in flow order, from the flow document; otherwise the order they were shown in. */
  steps?: readonly string[];
  filter?: AnalyticsFilter;
}

/** Started → each step shown → completed, in distinct users, with the drop-off after each step. */
export function flowFunnel(events: readonly EventEnvelope[], flowId: string, options: FlowFunnelOptions = {}): FlowFunnel {
  const selected = selectEvents(events, options.filter).filter((e) => e.flowId === flowId);
  const started = new Set<string>();
  const completed = new Set<string>();
  const dismissed = new Set<string>();
  const shown = new Map<string, Set<string>>();
  const dismissedAt = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, user: string) => (map.get(key) ?? map.set(key, new Set()).get(key)!).add(user);
  for (const e of selected) {
    if (e.type === 'flow_started') started.add(e.user);
    else if (e.type === 'flow_completed') completed.add(e.user);
    else if (e.type === 'flow_dismissed') {
      dismissed.add(e.user);
      if (e.stepId) add(dismissedAt, e.stepId, e.user);
    } else if (e.type === 'step_shown' && e.stepId) add(shown, e.stepId, e.user);
  }
  const order = stepOrder(selected.filter((e) => e.type === 'step_shown'), flowId, options.steps);
  // A user drops off at the furthest step they were shown, unless they completed the flow.
  const furthest = new Map<string, number>();
  order.forEach((stepId, i) => {
    for (const user of shown.get(stepId) ?? []) furthest.set(user, Math.max(i, furthest.get(user) ?? -1));
  });
  const droppedAt = new Array<number>(order.length).fill(0);
  for (const [user, i] of furthest) if (!completed.has(user)) droppedAt[i]!++;
  const steps = order.map((stepId, i) => {
    const users = shown.get(stepId)?.size ?? 0;
    const dropOff = droppedAt[i]!;
    return { stepId, users, dismissed: dismissedAt.get(stepId)?.size ?? 0, dropOff, dropOffRate: users > 0 ? dropOff / users : 0 };
  });
  return {
    flowId,
    started: started.size,
    steps,
    completed: completed.size,
    dismissed: dismissed.size,
    completionRate: started.size > 0 ? completed.size / started.size : 0,
  };
}
