import { regularizedGamma } from './regularizedGamma.ts';

/** P(X ≥ x) for a chi-square variable with `df` degrees of freedom: the test's p-value. */
export function chiSquareSurvival(x: number, df: number): number {
  if (x <= 0) return 1;
  return regularizedGamma(df / 2, x / 2).upper;
}
