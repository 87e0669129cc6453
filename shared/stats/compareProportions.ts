import type { Estimate } from './Estimate.ts';
import { normalCdf } from './normalCdf.ts';
import { normalQuantile } from './normalQuantile.ts';

/** Converted users out of exposed users in one arm. */
export interface Proportion {
  exposed: number;
  converted: number;
}

export interface ProportionComparison {
  /** Treatment rate minus control rate, with a Wald (unpooled) interval. */
  absoluteLift: Estimate;
  /** Treatment rate over control rate minus 1, with a delta-method interval; null when control converts nobody. */
  relativeLift: Estimate | null;
  /** Two-sided p-value of the pooled two-proportion z test (the same as a 2×2 chi-square test without correction). */
  pValue: number;
}

/** How a treatment arm's conversion rate compares with the control arm's. */
export function compareProportions(control: Proportion, treatment: Proportion, confidence = 0.95): ProportionComparison {
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const pa = control.exposed > 0 ? control.converted / control.exposed : 0;
  const pb = treatment.exposed > 0 ? treatment.converted / treatment.exposed : 0;
  const varA = control.exposed > 0 ? (pa * (1 - pa)) / control.exposed : 0;
  const varB = treatment.exposed > 0 ? (pb * (1 - pb)) / treatment.exposed : 0;

  const diff = pb - pa;
  const seDiff = Math.sqrt(varA + varB);
  const absoluteLift = { estimate: diff, low: diff - z * seDiff, high: diff + z * seDiff };

  let relativeLift: Estimate | null = null;
  if (pa > 0) {
    const ratio = pb / pa;
    // Var(pb/pa) ≈ Var(pb)/pa² + pb²·Var(pa)/pa⁴ (first-order Taylor expansion of the ratio).
    const seRatio = Math.sqrt(varB / (pa * pa) + (pb * pb * varA) / (pa * pa * pa * pa));
    relativeLift = { estimate: ratio - 1, low: ratio - 1 - z * seRatio, high: ratio - 1 + z * seRatio };
  }

  const n = control.exposed + treatment.exposed;
  const pooled = n > 0 ? (control.converted + treatment.converted) / n : 0;
  const sePooled = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(1, control.exposed) + 1 / Math.max(1, treatment.exposed)));
  const pValue = sePooled > 0 && control.exposed > 0 && treatment.exposed > 0 ? 2 * normalCdf(-Math.abs(diff) / sePooled) : 1;

  return { absoluteLift, relativeLift, pValue };
}
