import type { EventEnvelope } from '../schema/event.ts';
import type { Milestone } from '../schema/milestone.ts';
import { JourneyStage } from '../schema/primitives.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { firstOccurrence } from './firstOccurrence.ts';
import { selectEvents } from './selectEvents.ts';
import { fillDays, utcDay } from './utcDay.ts';

export interface JourneyDaily {
  /** The stages that have milestones, in journey order (as journeyMap lists them). */
  stages: JourneyStage[];
  /** Per UTC day, people who first reached each stage that day (same order as `stages`). */
  days: Array<{ day: number; reached: number[] }>;
}

/** journeyMap's "first time in each stage" per UTC day: how many people arrive at each stage, day by day. */
export function journeyDaily(events: readonly EventEnvelope[], milestones: readonly Milestone[], filter: AnalyticsFilter = {}): JourneyDaily {
  const selected = selectEvents(events, filter);
  const stageOf = new Map(milestones.map((m) => [m.id, m.stage]));
  const stages = JourneyStage.options.filter((stage) => milestones.some((m) => m.stage === stage));
  const byDay = new Map<number, number[]>();
  stages.forEach((stage, i) => {
    const at = firstOccurrence(selected, (e) => e.type === 'milestone_reached' && stageOf.get(String(e.props['milestone'])) === stage);
    for (const ts of at.values()) (byDay.get(utcDay(ts)) ?? byDay.set(utcDay(ts), new Array<number>(stages.length).fill(0)).get(utcDay(ts))!)[i]!++;
  });
  return { stages, days: fillDays(byDay, () => new Array<number>(stages.length).fill(0)).map(({ day, value }) => ({ day, reached: value })) };
}
