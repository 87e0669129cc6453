import type { Experiment, GuardrailMetric } from '../schema/experiment.ts';
import type { Guardrail } from '../stats/evaluateGuardrail.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { ExperimentArmsOptions } from './experimentArms.ts';
import { exposedPeople } from './exposedPeople.ts';
import { isMilestone } from './isMilestone.ts';
import { DAY_MS } from './utcDay.ts';

const HOUR_MS = 3_600_000;

/** The key and name a guardrail metric is reported under. */
export function guardrailLabel(metric: GuardrailMetric, milestoneName: (id: string) => string = (id) => id): { key: string; name: string } {
  switch (metric.metric) {
    case 'dismissal_rate':
      return { key: 'dismissal-rate', name: 'dismissal rate' };
    case 'time_to_goal':
      return { key: 'time-to-goal', name: 'time to goal' };
    case 'milestone':
      return { key: `milestone:${metric.milestone}`, name: milestoneName(metric.milestone) };
  }
}

/**
 * The per-arm counts of each guardrail an experiment names, ready for evaluateGuardrail, over
 * the people experimentArms counts: the share who dismissed any flow within the attribution
 * window after exposure; hours from exposure to the goal among those who reached it; the share
 * who reached a milestone within the window.
 */
export function guardrailArms(events: readonly AnalyticsEvent[], experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays' | 'guardrails'>, options: ExperimentArmsOptions & { milestoneName?: (id: string) => string } = {}): Guardrail[] {
  const metrics = experiment.guardrails ?? [];
  if (metrics.length === 0) return [];
  const { people, selected } = exposedPeople(events, experiment, options);
  const window = experiment.attributionDays * DAY_MS;
  const within = (e: AnalyticsEvent, user: string) => {
    const p = people.get(user);
    return p !== undefined && e.ts >= p.entry.ts && e.ts - p.entry.ts <= window;
  };
  const rateOf = (matches: (e: AnalyticsEvent) => boolean) => {
    const hit = new Set<string>();
    for (const e of selected) if (matches(e) && within(e, e.user)) hit.add(e.user);
    const arms = Object.fromEntries(experiment.variants.map((v) => [v.key, { exposed: 0, converted: 0 }]));
    for (const [user, p] of people) {
      arms[p.variant]!.exposed++;
      if (hit.has(user)) arms[p.variant]!.converted++;
    }
    return arms;
  };
  return metrics.map((metric): Guardrail => {
    const label = guardrailLabel(metric, options.milestoneName);
    switch (metric.metric) {
      case 'dismissal_rate':
        return { ...label, kind: 'rate', harmful: 'increase', tolerance: metric.tolerance ?? 0, arms: rateOf((e) => e.type === 'flow_dismissed') };
      case 'milestone':
        return { ...label, kind: 'rate', harmful: 'decrease', tolerance: metric.tolerance ?? 0, arms: rateOf((e) => isMilestone(e, metric.milestone)) };
      case 'time_to_goal': {
        const arms = Object.fromEntries(experiment.variants.map((v) => [v.key, { n: 0, sum: 0, sumSquares: 0 }]));
        for (const p of people.values()) {
          if (p.reached === null) continue;
          const hours = (p.reached - p.entry.ts) / HOUR_MS;
          const arm = arms[p.variant]!;
          arm.n++;
          arm.sum += hours;
          arm.sumSquares += hours * hours;
        }
        return { ...label, kind: 'mean', harmful: 'increase', tolerance: metric.toleranceHours ?? 0, arms };
      }
    }
  });
}
