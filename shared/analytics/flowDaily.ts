import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { firstOccurrence } from './firstOccurrence.ts';
import { selectEvents } from './selectEvents.ts';
import { fillDays, utcDay } from './utcDay.ts';

export interface FlowDay {
  /** Start of the UTC day, epoch ms. */
  day: number;
  /** People whose first start of the flow (in the filter's scope) was that day. */
  started: number;
  /** People whose first completion was that day. */
  completed: number;
  /** Of that day's starters, how many have completed the flow since: the day's cohort completion. */
  startersCompleted: number;
}

/** A flow's starts and completions per UTC day, in distinct people, from its first to its last active day. */
export function flowDaily(events: readonly EventEnvelope[], flowId: string, filter: AnalyticsFilter = {}): FlowDay[] {
  const selected = selectEvents(events, filter).filter((e) => e.flowId === flowId);
  const started = firstOccurrence(selected, (e) => e.type === 'flow_started');
  const completed = firstOccurrence(selected, (e) => e.type === 'flow_completed');
  const byDay = new Map<number, Omit<FlowDay, 'day'>>();
  const cell = (ts: number) => byDay.get(utcDay(ts)) ?? byDay.set(utcDay(ts), { started: 0, completed: 0, startersCompleted: 0 }).get(utcDay(ts))!;
  for (const [user, ts] of started) {
    const day = cell(ts);
    day.started++;
    if (completed.has(user)) day.startersCompleted++;
  }
  for (const ts of completed.values()) cell(ts).completed++;
  return fillDays(byDay, () => ({ started: 0, completed: 0, startersCompleted: 0 })).map(({ day, value }) => ({ day, ...value }));
}
