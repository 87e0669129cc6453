import type { ArmEstimate } from './ArmEstimate.ts';
import { compareEstimates, type Comparison, type CompareOptions } from './compareEstimates.ts';
import type { Proportion } from './Proportion.ts';
import { proportionEstimate } from './proportionEstimate.ts';
import { ownValue } from '../schema/ownValue.ts';

/** A per-user numeric outcome in one arm (e.g. hours to the goal among those who reached it): count, sum and sum of squares. */
export interface MeanSums {
  n: number;
  sum: number;
  sumSquares: number;
}

interface GuardrailBase {
  /** Id of the metric, e.g. a milestone id or `dismissal-rate`. */
  key: string;
  /** What a person reads, e.g. "Dismissal rate". Default: the key. */
  name?: string;
  /** Which way is harm: `increase` for a dismissal rate or a time to goal, `decrease` for a milestone that must not drop. */
  harmful: 'increase' | 'decrease';
  /** Harm only counts when the change is beyond this much (in the metric's units: a share for rates). Default 0: any significant change the harmful way. */
  tolerance?: number;
}

/** A guardrail metric named by an experiment, with its counts per arm key. */
export type Guardrail =
  | (GuardrailBase & { kind: 'rate'; arms: Record<string, Proportion> })
  | (GuardrailBase & { kind: 'mean'; arms: Record<string, MeanSums> });

export interface GuardrailResult {
  key: string;
  name: string;
  kind: 'rate' | 'mean';
  harmful: 'increase' | 'decrease';
  /** `harmed`: the interval lies wholly beyond the tolerance on the harmful side. `not_enough_data`: an arm has fewer users than the minimum. */
  status: 'harmed' | 'not_harmed' | 'not_enough_data';
  control: ArmEstimate;
  treatment: ArmEstimate;
  comparison: Comparison;
}

export interface GuardrailOptions extends CompareOptions {
  /** Users each arm needs before harm is judged. Default 100. */
  minUsersPerArm?: number;
}

function meanEstimate(sums: MeanSums): ArmEstimate {
  if (sums.n <= 0) return { n: 0, mean: 0, variance: 0 };
  const mean = sums.sum / sums.n;
  return { n: sums.n, mean, variance: Math.max(0, sums.sumSquares / sums.n - mean * mean) / sums.n };
}

/**
 * Whether a treatment arm harms a guardrail metric against control, judged with the same
 * method and confidence as the experiment's goal (so a sequential experiment's guardrails stay
 * valid at every look too). Absent arms count as no users.
 */
export function evaluateGuardrail(guardrail: Guardrail, controlKey: string, treatmentKey: string, options: GuardrailOptions = {}): GuardrailResult {
  const { minUsersPerArm = 100, ...compare } = options;
  const estimate = (key: string): ArmEstimate =>
    guardrail.kind === 'rate'
      ? proportionEstimate(ownValue(guardrail.arms, key) ?? { exposed: 0, converted: 0 })
      : meanEstimate(ownValue(guardrail.arms, key) ?? { n: 0, sum: 0, sumSquares: 0 });
  const control = estimate(controlKey);
  const treatment = estimate(treatmentKey);
  const comparison = compareEstimates(control, treatment, compare);
  const tolerance = Math.abs(guardrail.tolerance ?? 0);
  const { low, high } = comparison.absoluteLift;
  const harmed = guardrail.harmful === 'increase' ? low > tolerance : high < -tolerance;
  const status = control.n < minUsersPerArm || treatment.n < minUsersPerArm ? 'not_enough_data' : harmed ? 'harmed' : 'not_harmed';
  return { key: guardrail.key, name: guardrail.name ?? guardrail.key, kind: guardrail.kind, harmful: guardrail.harmful, status, control, treatment, comparison };
}
