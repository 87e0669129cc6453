import type { ArmEstimate } from './ArmEstimate.ts';
import type { Proportion } from './Proportion.ts';

/** A conversion rate as an estimate: mean c/n, variance p(1 − p)/n (no users: mean 0, variance 0). */
export function proportionEstimate(arm: Proportion): ArmEstimate {
  if (arm.exposed <= 0) return { n: 0, mean: 0, variance: 0 };
  const p = arm.converted / arm.exposed;
  return { n: arm.exposed, mean: p, variance: (p * (1 - p)) / arm.exposed };
}
