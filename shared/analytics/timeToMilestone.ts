import type { EventEnvelope } from '../schema/event.ts';
import { quantile } from '../stats/quantile.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { firstOccurrence } from './firstOccurrence.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';

export interface TimeToMilestone {
  /** Users with a starting point (first seen, or the `since` milestone). */
  users: number;
  /** Of those, users who reached the milestone at or after their starting point. */
  reached: number;
  /** Median and 90th percentile of the time it took them, in ms (percentile_cont); null when nobody reached it. */
  medianMs: number | null;
  p90Ms: number | null;
}

export interface TimeToMilestoneOptions {
  /** Measure from the first time this milestone was reached. Default: the user's first event. */
  since?: string;
  filter?: AnalyticsFilter;
}

/** How long users take to reach a milestone, from first being seen or from an earlier milestone. */
export function timeToMilestone(events: readonly EventEnvelope[], milestone: string, options: TimeToMilestoneOptions = {}): TimeToMilestone {
  const selected = selectEvents(events, options.filter);
  const { since } = options;
  const start = firstOccurrence(selected, since === undefined ? () => true : (e) => isMilestone(e, since));
  const durations: number[] = [];
  const done = new Set<string>();
  for (const e of selected) {
    const from = start.get(e.user);
    if (from === undefined || done.has(e.user) || !isMilestone(e, milestone) || e.ts < from) continue;
    done.add(e.user);
    durations.push(e.ts - from);
  }
  durations.sort((a, b) => a - b);
  return { users: start.size, reached: durations.length, medianMs: quantile(durations, 0.5), p90Ms: quantile(durations, 0.9) };
}
