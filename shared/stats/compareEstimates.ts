import { alwaysValidPValue } from './alwaysValidPValue.ts';
import type { ArmEstimate } from './ArmEstimate.ts';
import type { Estimate } from './Estimate.ts';
import { fiellerInterval } from './fiellerInterval.ts';
import { mixtureTuning } from './mixtureTuning.ts';
import { normalCdf } from './normalCdf.ts';
import { normalQuantile } from './normalQuantile.ts';
import { sequentialMultiplier } from './sequentialMultiplier.ts';

/**
 * `fixed`: the classic test, valid when read once at a sample size chosen in advance.
 * `sequential`: an always-valid confidence sequence and p-value, valid at every look.
 */
export type InferenceMethod = 'fixed' | 'sequential';

export interface CompareOptions {
  /** Default `fixed`. */
  method?: InferenceMethod;
  /** Confidence of both intervals; 1 − confidence is the significance level. Default 0.95. */
  confidence?: number;
  /** Sequential only: users (both arms together) at which the sequence is tuned to be narrowest. Default 2,000. */
  tuningUsers?: number;
}

export interface Comparison {
  method: InferenceMethod;
  /** Treatment minus control, ± multiplier standard errors. */
  absoluteLift: Estimate;
  /** Treatment over control minus 1 (Fieller), from the same statistic; null when control's rate is 0 or not distinguishable from 0. */
  relativeLift: Estimate | null;
  /** Two-sided p-value of no difference; below 1 − confidence exactly when both intervals exclude 0. */
  pValue: number;
  /** The difference in standard errors (unpooled). */
  zScore: number;
  standardError: number;
  /** Standard errors either side of the estimate that the intervals reach (1.96 for a fixed 95% interval). */
  multiplier: number;
}

/**
 * How treatment compares with control, from one statistic: z = (t − c)/√(Var t + Var c). The
 * absolute interval, the relative (Fieller) interval and the p-value all invert the same test,
 * so "the interval excludes 0", "the relative interval excludes 0" and "p < α" always agree.
 * An arm without users gives p = 1, the interval −1 to +1 and no relative lift.
 */
export function compareEstimates(control: ArmEstimate, treatment: ArmEstimate, options: CompareOptions = {}): Comparison {
  const { method = 'fixed', confidence = 0.95 } = options;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`compareEstimates: confidence must be between 0 and 1 (got ${confidence})`);
  const alpha = 1 - confidence;
  const users = control.n + treatment.n;
  const rho2 = method === 'sequential' ? mixtureTuning(alpha, options.tuningUsers) : 0;
  const multiplier = method === 'sequential' ? sequentialMultiplier(users, alpha, rho2) : normalQuantile(1 - alpha / 2);

  const diff = treatment.mean - control.mean;
  const standardError = Math.sqrt(control.variance + treatment.variance);
  const empty = control.n <= 0 || treatment.n <= 0;
  const zScore = empty ? 0 : standardError > 0 ? diff / standardError : diff === 0 ? 0 : Math.sign(diff) * Infinity;
  const reach = standardError > 0 ? multiplier * standardError : 0;
  // An arm without users says nothing: the interval is every difference two rates can have.
  const absoluteLift = empty ? { estimate: diff, low: -1, high: 1 } : { estimate: diff, low: diff - reach, high: diff + reach };
  const relativeLift = empty ? null : fiellerInterval(control, treatment, multiplier);
  const pValue = empty ? 1 : method === 'sequential' ? alwaysValidPValue(zScore, users, rho2) : 2 * normalCdf(-Math.abs(zScore));
  return { method, absoluteLift, relativeLift, pValue, zScore, standardError, multiplier };
}
