import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';
import { stepOrder } from './stepOrder.ts';
import { usersBy } from './usersBy.ts';

export interface AnchorMissingRate {
  stepId: string;
  /** Users for whom the step was due: it was shown, or its anchor was missing. */
  users: number;
  /** Users for whom the step's anchor could not be found. */
  missing: number;
  /** missing / users; 0 when the step was never due. */
  rate: number;
}

export interface AnchorMissingOptions {
  /** Step ids in flow order, from the flow document. */
  steps?: readonly string[];
  filter?: AnalyticsFilter;
}

/** Per step, the share of users whose anchor was missing: a rising rate means the app changed under the flow. */
export function anchorMissingRates(events: readonly EventEnvelope[], flowId: string, options: AnchorMissingOptions = {}): AnchorMissingRate[] {
  const selected = selectEvents(events, options.filter).filter((e) => e.flowId === flowId && (e.type === 'step_shown' || e.type === 'anchor_missing'));
  const due = usersBy(selected, (e) => e.stepId);
  const missing = usersBy(selected, (e) => (e.type === 'anchor_missing' ? e.stepId : undefined));
  return stepOrder(selected, flowId, options.steps).map((stepId) => {
    const users = due.get(stepId)?.size ?? 0;
    const lost = missing.get(stepId)?.size ?? 0;
    return { stepId, users, missing: lost, rate: users > 0 ? lost / users : 0 };
  });
}
