import { chiSquareSurvival } from './chiSquareSurvival.ts';

export interface SampleRatioMismatchOptions {
  /** Alert when the p-value is below this. Default 0.001: SRM checks run on every look, so a strict threshold keeps false alarms rare. */
  threshold?: number;
  /** Alert only once every arm has at least this many users; below it the check is too noisy. Default 8. */
  minUsersPerArm?: number;
}

export interface SampleRatioMismatch {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  /** Every arm had enough users for the check to count. */
  checked: boolean;
  /** The split of exposed users is too far from the configured weights to be chance. */
  alert: boolean;
}

/**
 * Pearson's chi-square goodness-of-fit test of exposed users per arm against the arms'
 * weights (df = arms − 1). A mismatch means assignment or exposure logging is broken, and
 * the experiment's results cannot be trusted. Arms with zero weight and zero users are left
 * out; users in a zero-weight arm are an infinite mismatch.
 */
export function sampleRatioMismatch(users: readonly number[], weights: readonly number[], options: SampleRatioMismatchOptions = {}): SampleRatioMismatch {
  const { threshold = 0.001, minUsersPerArm = 8 } = options;
  if (users.length !== weights.length) throw new RangeError(`sampleRatioMismatch: ${users.length} arm counts but ${weights.length} weights`);
  const total = users.reduce((s, n) => s + n, 0);
  const weightTotal = weights.reduce((s, w) => s + w, 0);
  let chiSquare = 0;
  let arms = 0;
  let checked = total > 0 && weightTotal > 0;
  users.forEach((observed, i) => {
    const expected = weightTotal > 0 ? (total * weights[i]!) / weightTotal : 0;
    if (expected === 0) {
      if (observed > 0) chiSquare = Infinity;
      return;
    }
    arms++;
    if (observed < minUsersPerArm) checked = false;
    chiSquare += (observed - expected) ** 2 / expected;
  });
  const degreesOfFreedom = Math.max(0, arms - 1);
  const pValue = chiSquare === Infinity ? 0 : degreesOfFreedom > 0 ? chiSquareSurvival(chiSquare, degreesOfFreedom) : 1;
  return { chiSquare, degreesOfFreedom, pValue, checked, alert: checked && pValue < threshold };
}
