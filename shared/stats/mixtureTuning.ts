/** Users the sequential test is tuned for when nothing is planned: 1,000 per arm. */
const DEFAULT_TUNING_USERS = 2000;

/**
 * ρ² of the normal-mixture confidence sequence, chosen so the sequence is narrowest when
 * `tuningUsers` users (both arms together) have been seen: (2·ln(1/α) + ln(1 + 2·ln(1/α))) / n*
 * (Waudby-Smith et al., "Time-uniform central limit theory and asymptotic confidence sequences",
 * the closed-form approximation of the optimum). Fixed before the experiment starts, never
 * from its data; any value keeps the guarantee, it only moves where the sequence is tightest.
 */
export function mixtureTuning(alpha: number, tuningUsers: number = DEFAULT_TUNING_USERS): number {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`mixtureTuning: alpha must be between 0 and 1 (got ${alpha})`);
  if (!(tuningUsers > 0) || !Number.isFinite(tuningUsers)) throw new RangeError(`mixtureTuning: tuningUsers must be a positive number (got ${tuningUsers})`);
  const l = Math.log(1 / alpha);
  return (2 * l + Math.log(1 + 2 * l)) / tuningUsers;
}
