import { normalQuantile } from './normalQuantile.ts';

export interface SampleSizeOptions {
  /** Two-sided significance level. Default 0.05. */
  alpha?: number;
  /** Chance of detecting the effect if it is real. Default 0.8. */
  power?: number;
}

/**
 * Users needed in each of two equal arms to detect a change from `baseline` to `target`
 * conversion: n = (z₁₋α/₂ + z₁₋β)² · (p₁q₁ + p₂q₂) / (p₂ − p₁)², rounded up (the unpooled
 * normal-approximation formula; 10% → 11% at α 0.05, power 0.8 needs 14,749 per arm).
 */
export function sampleSizePerArm(baseline: number, target: number, options: SampleSizeOptions = {}): number {
  const { alpha = 0.05, power = 0.8 } = options;
  for (const [name, value] of [['baseline', baseline], ['target', target], ['alpha', alpha], ['power', power]] as const) {
    if (!(value > 0 && value < 1)) throw new RangeError(`sampleSizePerArm: ${name} must be between 0 and 1 (exclusive), got ${value}`);
  }
  if (baseline === target) throw new RangeError('sampleSizePerArm: target must differ from baseline');
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  const variance = baseline * (1 - baseline) + target * (1 - target);
  return Math.ceil((z * z * variance) / (target - baseline) ** 2);
}
