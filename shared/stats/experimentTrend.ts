import type { ExperimentDay } from '../analytics/experimentDaily.ts';
import { analyzeExperiment, type AnalyzeOptions, type ArmCounts } from './analyzeExperiment.ts';
import type { Estimate } from './Estimate.ts';

/** One day of an experiment's trend: the arms as they stood at the end of that day. */
export interface TrendDay {
  day: number;
  /** Per arm (variant order): people exposed that day, and cumulative exposed, converted and rate. */
  arms: Array<{ key: string; exposedToday: number; exposed: number; converted: number; rate: number }>;
  /** Per treatment arm: its cumulative absolute lift over control with the always-valid (sequential) interval. */
  lifts: Array<{ key: string; lift: Estimate }>;
}

/**
 * The cumulative lift day by day, each day's interval from the sequential test (whatever method
 * the verdict uses): a confidence sequence covers the true lift on every day at once with the
 * stated confidence, so a curve that is read every morning does not cross zero by chance more
 * often than that. Weights come from `arms` (the experiment's variants).
 */
export function experimentTrend(days: readonly ExperimentDay[], weights: readonly Pick<ArmCounts, 'key' | 'weight'>[], options: Pick<AnalyzeOptions, 'control' | 'confidence' | 'plannedUsersPerArm'> = {}): TrendDay[] {
  const totals = new Map(weights.map((w) => [w.key, { exposed: 0, converted: 0 }]));
  return days.map(({ day, arms }) => {
    for (const a of arms) {
      const t = totals.get(a.key);
      if (t) {
        t.exposed += a.exposed;
        t.converted += a.converted;
      }
    }
    const counts = weights.map((w) => ({ key: w.key, weight: w.weight, ...totals.get(w.key)! }));
    const result = analyzeExperiment(counts, { ...options, method: 'sequential' });
    return {
      day,
      arms: counts.map((c) => ({ key: c.key, exposedToday: arms.find((a) => a.key === c.key)?.exposed ?? 0, exposed: c.exposed, converted: c.converted, rate: c.exposed > 0 ? c.converted / c.exposed : 0 })),
      lifts: result.arms.filter((a) => a.vsControl).map((a) => ({ key: a.key, lift: a.vsControl!.sequential.absoluteLift })),
    };
  });
}
