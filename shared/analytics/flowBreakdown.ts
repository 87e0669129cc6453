import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';
import { segmentOf, type Breakdown } from './segmentOf.ts';
import { segmentOrder } from './segmentOrder.ts';
import type { UserEvent } from './UserEvent.ts';

export interface FlowSegment {
  segment: string;
  /** People whose first start of the flow (in scope) puts them in this segment. */
  started: number;
  /** Of them, people who completed the flow (in scope). */
  completed: number;
  completionRate: number;
}

/** A flow's starts and completions per segment (device, a trait, the flow version), each person by their first start. */
export function flowBreakdown(events: readonly EventEnvelope[], flowId: string, breakdown: Breakdown, filter: AnalyticsFilter = {}): FlowSegment[] {
  const selected = selectEvents(events, filter).filter((e) => e.flowId === flowId);
  const first = new Map<string, UserEvent>();
  const completed = new Set<string>();
  for (const e of selected) {
    if (e.type === 'flow_started' && !first.has(e.user)) first.set(e.user, e);
    if (e.type === 'flow_completed') completed.add(e.user);
  }
  const bySegment = new Map<string, { started: number; completed: number }>();
  for (const [user, entry] of first) {
    const segment = segmentOf(entry, breakdown);
    const row = bySegment.get(segment) ?? bySegment.set(segment, { started: 0, completed: 0 }).get(segment)!;
    row.started++;
    if (completed.has(user)) row.completed++;
  }
  return segmentOrder([...bySegment].map(([segment, r]) => ({ segment, ...r, completionRate: r.started > 0 ? r.completed / r.started : 0 })), (r) => r.started);
}
