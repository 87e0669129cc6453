import type { InferenceMethod } from './compareEstimates.ts';

/**
 * Which test gives the verdict: `auto` is the sequential test until every arm has the planned
 * users, then the fixed-horizon test (sequential throughout without a plan); `fixed` and
 * `sequential` are kept as asked.
 */
export function applyingMethod(requested: 'auto' | InferenceMethod, plannedUsersPerArm: number | undefined, exposedPerArm: readonly number[]): InferenceMethod {
  if (requested !== 'auto') return requested;
  return plannedUsersPerArm !== undefined && exposedPerArm.every((n) => n >= plannedUsersPerArm) ? 'fixed' : 'sequential';
}
