import type { Proportion } from './Proportion.ts';

export interface SampleGateOptions {
  /** Exposed users every arm needs before any verdict. Default 100. */
  minExposedPerArm?: number;
  /** Conversions and non-conversions every arm needs, so the normal approximations behind the p-value hold. Default 10. */
  minOutcomesPerArm?: number;
}

export interface SampleGate {
  ready: boolean;
  /** Per arm, how many more exposed users, conversions and non-conversions are needed at least (0 when met). */
  shortfall: { exposed: number; converted: number; notConverted: number }[];
}

/** Whether every arm has enough data for a verdict to mean anything. */
export function sampleGate(arms: readonly Proportion[], options: SampleGateOptions = {}): SampleGate {
  const { minExposedPerArm = 100, minOutcomesPerArm = 10 } = options;
  const shortfall = arms.map((arm) => ({
    exposed: Math.max(0, minExposedPerArm - arm.exposed),
    converted: Math.max(0, minOutcomesPerArm - arm.converted),
    notConverted: Math.max(0, minOutcomesPerArm - (arm.exposed - arm.converted)),
  }));
  const ready = arms.length >= 2 && shortfall.every((s) => s.exposed === 0 && s.converted === 0 && s.notConverted === 0);
  return { ready, shortfall };
}
