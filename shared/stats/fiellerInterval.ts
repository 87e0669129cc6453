import type { ArmEstimate } from './ArmEstimate.ts';
import type { Estimate } from './Estimate.ts';

/**
 * Treatment's mean over control's minus 1, with Fieller's interval at `multiplier` standard
 * errors: every r with (t − r·c)² ≤ k²·(Var t + r²·Var c). At r = 1 that is exactly the test of
 * t − c = 0 with the same k, so this interval excludes 0 if and only if the absolute interval
 * t − c ± k·se does: the two can never disagree (the delta-method interval can). Null when
 * control's mean is not positive or is itself within k standard errors of 0 (the ratio is then
 * unbounded).
 */
export function fiellerInterval(control: ArmEstimate, treatment: ArmEstimate, multiplier: number): Estimate | null {
  const c = control.mean;
  const t = treatment.mean;
  if (!(c > 0)) return null;
  const k2 = multiplier * multiplier;
  const a = c * c - k2 * control.variance;
  if (!(a > 0)) return null;
  const b = t * c;
  const discriminant = Math.max(0, b * b - a * (t * t - k2 * treatment.variance));
  const root = Math.sqrt(discriminant);
  // The root away from zero directly, the other as (product of the roots) / (that one), so neither loses digits.
  const far = b >= 0 ? b + root : b - root;
  const other = far !== 0 ? (t * t - k2 * treatment.variance) / far : 0;
  const [low, high] = b >= 0 ? [other, far / a] : [far / a, other];
  return { estimate: t / c - 1, low: low - 1, high: high - 1 };
}
