import { compareEstimates, type Comparison, type CompareOptions } from './compareEstimates.ts';
import type { Proportion } from './Proportion.ts';
import { proportionEstimate } from './proportionEstimate.ts';


/**
 * Absolute lift (treatment rate minus control rate, Wald interval with unpooled variance),
 * relative lift (Fieller interval) and p-value, all from the same z statistic, so they agree:
 * p < 1 − confidence exactly when both intervals exclude 0.
 */
export type ProportionComparison = Comparison;

/**
 * How a treatment arm's conversion rate compares with the control arm's: the fixed-horizon
 * test by default (`confidence` as a number, as before), or `{ method: 'sequential' }` for the
 * always-valid confidence sequence and p-value.
 */
export function compareProportions(control: Proportion, treatment: Proportion, options: number | CompareOptions = 0.95): ProportionComparison {
  const settings = typeof options === 'number' ? { confidence: options } : options;
  return compareEstimates(proportionEstimate(control), proportionEstimate(treatment), settings);
}
