/**
 * The always-valid p-value of a difference whose estimate is `z` standard errors from 0 after
 * `users` users: 1 / (the mixture likelihood ratio) = √(nρ² + 1) · exp(−z²·nρ² / (2(nρ² + 1))),
 * capped at 1. It is below α exactly when the confidence sequence of `sequentialMultiplier`
 * (same ρ²) excludes 0, and the chance it ever drops below α under no difference, however often
 * it is looked at, is at most α.
 */
export function alwaysValidPValue(z: number, users: number, rho2: number): number {
  if (!(users > 0) || Number.isNaN(z)) return 1;
  if (!Number.isFinite(z)) return 0;
  const v = users * rho2;
  return Math.min(1, Math.sqrt(v + 1) * Math.exp((-z * z * v) / (2 * (v + 1))));
}
