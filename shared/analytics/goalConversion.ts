import type { EventEnvelope } from '../schema/event.ts';
import type { Estimate } from '../stats/Estimate.ts';
import { wilsonInterval } from '../stats/wilsonInterval.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { firstOccurrence } from './firstOccurrence.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';

export interface GoalConversion {
  /** Users who started the flow. */
  users: number;
  /** Of those, users who reached the goal milestone after first starting it (within the window, if any). */
  converted: number;
  /** converted / users with its 95% Wilson interval. */
  rate: Estimate;
}

export interface GoalConversionOptions {
  /** Count the goal only if reached within this many ms of starting the flow. Default: any time after. */
  windowMs?: number;
  filter?: AnalyticsFilter;
}

/** How many of the users who started a flow went on to reach its goal milestone. */
export function goalConversion(events: readonly EventEnvelope[], flowId: string, goal: string, options: GoalConversionOptions = {}): GoalConversion {
  const selected = selectEvents(events, options.filter);
  const startedAt = firstOccurrence(selected, (e) => e.type === 'flow_started' && e.flowId === flowId);
  const window = options.windowMs ?? Infinity;
  const converted = new Set<string>();
  for (const e of selected) {
    const start = startedAt.get(e.user);
    if (start !== undefined && isMilestone(e, goal) && e.ts >= start && e.ts - start <= window) converted.add(e.user);
  }
  return { users: startedAt.size, converted: converted.size, rate: wilsonInterval(converted.size, startedAt.size) };
}
