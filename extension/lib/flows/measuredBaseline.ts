import type { ExperimentsReport } from '../dashboard/reports.ts';

export interface MeasuredBaseline {
  /** Share of users who reached the goal without the flow, in [0, 1]. */
  rate: number;
  users: number;
  /** Where the figure comes from, in words. */
  source: string;
}

/**
 * The goal's rate today, as the server measured it: the control arms (users shown no flow) of
 * the published experiments on the same goal milestone, added up. Null until some were exposed.
 */
export function measuredBaseline(report: ExperimentsReport | null, goal: string): MeasuredBaseline | null {
  if (!report) return null;
  let users = 0;
  let converted = 0;
  const names: string[] = [];
  for (const { experiment, arms } of report.experiments) {
    if (experiment.goal !== goal) continue;
    const control = new Set(experiment.variants.filter((v) => v.flowId === null).map((v) => v.key));
    for (const arm of arms) {
      if (!control.has(arm.key)) continue;
      users += arm.exposed;
      converted += arm.converted;
    }
    names.push(experiment.name ?? experiment.key);
  }
  if (users === 0) return null;
  return { rate: converted / users, users, source: `the control arm of ${names.map((n) => `“${n}”`).join(', ')}` };
}
