/**
 * One arm's estimate of its mean outcome (a conversion rate, or a CUPED-adjusted rate) with
 * the variance of that estimate, from `n` users. Every comparison in shared/stats is made from
 * two of these, so the absolute and relative intervals and the p-value come from one statistic.
 */
export interface ArmEstimate {
  n: number;
  mean: number;
  /** Variance of `mean` (not of one user's outcome): p(1 − p)/n for a plain rate. */
  variance: number;
}
