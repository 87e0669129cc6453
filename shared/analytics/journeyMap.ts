import type { EventEnvelope } from '../schema/event.ts';
import type { Milestone } from '../schema/milestone.ts';
import { JourneyStage } from '../schema/primitives.ts';
import { quantile } from '../stats/quantile.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { firstOccurrence } from './firstOccurrence.ts';
import { selectEvents } from './selectEvents.ts';

export interface JourneyStageResult {
  stage: JourneyStage;
  /** Ids of the milestones that belong to this stage. */
  milestones: string[];
  /** Users who reached any of the stage's milestones. */
  users: number;
  /**
   * Of the users in the previous stage, the share who reached this one; for the first stage,
   * the share of all users seen. 0 when the previous stage had nobody.
   */
  conversion: number;
  /** Median time from first reaching this stage to first reaching the next, in ms; null for the last stage or no data. */
  medianTimeInStageMs: number | null;
}

export interface JourneyMap {
  /** Users seen at all (any event). */
  users: number;
  /** Stages that have milestones, in journey order. */
  stages: JourneyStageResult[];
  /** The step into a stage that loses the largest share of users (lowest conversion); null when there is no data. */
  frictionPoint: { from: JourneyStage | null; to: JourneyStage; conversion: number } | null;
}

/**
 * The customer journey from the milestones' stages: who reached each stage, how many moved on
 * to the next, how long they spent in between, and where the largest share is lost.
 */
export function journeyMap(events: readonly EventEnvelope[], milestones: readonly Milestone[], filter: AnalyticsFilter = {}): JourneyMap {
  const selected = selectEvents(events, filter);
  const everyone = new Set(selected.map((e) => e.user));
  const stageOf = new Map(milestones.map((m) => [m.id, m.stage]));
  const reached = JourneyStage.options
    .filter((stage) => milestones.some((m) => m.stage === stage))
    .map((stage) => ({
      stage,
      milestones: milestones.filter((m) => m.stage === stage).map((m) => m.id),
      at: firstOccurrence(selected, (e) => e.type === 'milestone_reached' && stageOf.get(String(e.props['milestone'])) === stage),
    }));

  const counts = reached.map(({ stage, milestones: ids, at }, i): StageCounts => {
    const previous = i > 0 ? new Set(reached[i - 1]!.at.keys()) : everyone;
    const movedOn = [...at.keys()].filter((user) => previous.has(user)).length;
    const next = reached[i + 1]?.at;
    const durations = next ? [...at].flatMap(([user, ts]) => (next.has(user) && next.get(user)! >= ts ? [next.get(user)! - ts] : [])) : [];
    durations.sort((a, b) => a - b);
    return { stage, milestones: ids, users: at.size, movedOn, medianTimeInStageMs: quantile(durations, 0.5) };
  });
  return journeyFromCounts(everyone.size, counts);
}

/** One stage's counts, as journeyMap or the server's SQL finds them. */
export interface StageCounts {
  stage: JourneyStage;
  milestones: string[];
  users: number;
  /** Users of this stage who were also in the previous stage (all of them, for the first stage). */
  movedOn: number;
  medianTimeInStageMs: number | null;
}

/** The journey map from per-stage counts: conversion between stages and the friction point. */
export function journeyFromCounts(everyone: number, counts: readonly StageCounts[]): JourneyMap {
  const stages = counts.map(({ movedOn, ...stage }, i): JourneyStageResult => {
    const previous = i > 0 ? counts[i - 1]!.users : everyone;
    return { ...stage, conversion: previous > 0 ? movedOn / previous : 0 };
  });
  let frictionPoint: JourneyMap['frictionPoint'] = null;
  stages.forEach((s, i) => {
    const base = i > 0 ? stages[i - 1]!.users : everyone;
    if (base > 0 && (frictionPoint === null || s.conversion < frictionPoint.conversion)) {
      frictionPoint = { from: i > 0 ? stages[i - 1]!.stage : null, to: s.stage, conversion: s.conversion };
    }
  });
  return { users: everyone, stages, frictionPoint };
}
