import type { Experiment } from '../schema/experiment.ts';
import type { ArmCounts } from '../stats/analyzeExperiment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { ExperimentArmsOptions } from './experimentArms.ts';
import { exposedPeople } from './exposedPeople.ts';
import { segmentOf, type Breakdown } from './segmentOf.ts';
import { segmentOrder } from './segmentOrder.ts';

export interface ArmsBySegment {
  segment: string;
  arms: ArmCounts[];
}

/** experimentArms per segment of people (device, a trait), each person by their first exposure. */
export function experimentBreakdown(events: readonly AnalyticsEvent[], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, breakdown: Breakdown, options: ExperimentArmsOptions = {}): ArmsBySegment[] {
  const { people } = exposedPeople(events, experiment, options);
  const bySegment = new Map<string, Map<string, ArmCounts>>();
  for (const p of people.values()) {
    const segment = segmentOf(p.entry, breakdown);
    const arms = bySegment.get(segment) ?? bySegment.set(segment, new Map(experiment.variants.map((v) => [v.key, { key: v.key, exposed: 0, converted: 0, weight: v.weight }]))).get(segment)!;
    const arm = arms.get(p.variant)!;
    arm.exposed++;
    if (p.reached !== null) arm.converted++;
  }
  return segmentOrder([...bySegment].map(([segment, arms]) => ({ segment, arms: [...arms.values()] })), (r) => r.arms.reduce((n, a) => n + a.exposed, 0));
}
