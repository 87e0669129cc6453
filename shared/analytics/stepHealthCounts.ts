import type { EventEnvironment } from '../schema/eventEnvironment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';

/** One live step's counts in the anchor-health window: people it was due for, and those whose anchor was missing. */
export interface StepHealthCount {
  env: EventEnvironment;
  flowId: string;
  flowVersion: number;
  stepId: string;
  users: number;
  missing: number;
}

const key = (c: Pick<StepHealthCount, 'env' | 'flowId' | 'flowVersion' | 'stepId'>) => `${c.env}\u0000${c.flowId}\u0000${c.flowVersion}\u0000${c.stepId}`;

const byCodeUnit = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** Sorted by environment, flow, version and step (binary order, as the server's SQL returns them). */
export const compareStepHealth = (a: StepHealthCount, b: StepHealthCount): number =>
  byCodeUnit(a.env, b.env) || byCodeUnit(a.flowId, b.flowId) || a.flowVersion - b.flowVersion || byCodeUnit(a.stepId, b.stepId);

/**
 * The anchor-health counts over events already cut to the window. A person here is the user id, else
 * the anonymous id, as the event carries it (no identity merge: the window is short and the rate is a
 * health signal, not a report).
 */
export function stepHealthCounts(events: readonly AnalyticsEvent[]): StepHealthCount[] {
  const due = new Map<string, { count: StepHealthCount; people: Set<string>; lost: Set<string> }>();
  for (const e of events) {
    if ((e.type !== 'step_shown' && e.type !== 'anchor_missing') || e.flowId === undefined || e.flowVersion === undefined || e.stepId === undefined) continue;
    const count = { env: e.env ?? 'production', flowId: e.flowId, flowVersion: e.flowVersion, stepId: e.stepId, users: 0, missing: 0 };
    const entry = due.get(key(count)) ?? { count, people: new Set<string>(), lost: new Set<string>() };
    due.set(key(count), entry);
    const person = e.userId ?? e.anonymousId;
    entry.people.add(person);
    if (e.type === 'anchor_missing') entry.lost.add(person);
  }
  return [...due.values()].map(({ count, people, lost }) => ({ ...count, users: people.size, missing: lost.size })).sort(compareStepHealth);
}
