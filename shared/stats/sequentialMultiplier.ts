/**
 * How many standard errors the always-valid (1 − α) confidence sequence reaches either side of
 * the estimate after `users` users (both arms together): the normal-mixture boundary of Robbins
 * (1970) and Howard et al. (2021), used as an asymptotic confidence sequence (Waudby-Smith et
 * al.): k = √( 2(nρ² + 1)/(nρ²) · ln(√(nρ² + 1)/α) ). With ρ² from `mixtureTuning`, this is
 * the mSPRT with a normal mixing distribution (Johari et al., Optimizely) turned into intervals.
 * The chance that the sequence ever misses the true difference, over all looks, is at most α.
 */
export function sequentialMultiplier(users: number, alpha: number, rho2: number): number {
  if (!(users > 0)) return Infinity;
  const v = users * rho2;
  return Math.sqrt(((2 * (v + 1)) / v) * Math.log(Math.sqrt(v + 1) / alpha));
}
