import type { ExperimentResult } from './analyzeExperiment.ts';

export interface UsersStillNeeded {
  /** More users the arm that needs most still needs: for the sample gate, and before a planned sample while the sequential test has not decided. */
  perArm: number;
  /** The arm that needs them. */
  arm: string;
  /** Days until then at `exposuresPerDay` (all arms together), split as the arms are split so far; null without traffic. */
  days: number | null;
}

/**
 * How many more users an experiment needs before its verdict can change from "not enough data"
 * or "keep running": each arm's shortfall at the sample gate (conversions and non-conversions
 * turned into users at the arm's rate) and, while the sequential test has not decided, up to the
 * planned sample. Null when nothing more is needed or nothing says how much (no plan).
 */
export function usersStillNeeded(result: ExperimentResult, exposuresPerDay?: number): UsersStillNeeded | null {
  const undecided = result.arms.some((a) => a.vsControl?.recommendation === 'keep_running');
  if (!undecided) return null;
  const planned = result.inference.plannedUsersPerArm;
  const totalExposed = result.arms.reduce((s, a) => s + a.exposed, 0);
  let worst: UsersStillNeeded | null = null;
  result.arms.forEach((arm, i) => {
    const shortfall = result.gate.shortfall[i] ?? { exposed: 0, converted: 0, notConverted: 0 };
    const rate = arm.exposed > 0 ? arm.converted / arm.exposed : 0;
    // With no conversions (or no non-conversions) yet there is no rate to turn outcomes into users.
    const forOutcomes = Math.max(shortfall.converted > 0 && rate > 0 ? shortfall.converted / rate : 0, shortfall.notConverted > 0 && rate < 1 ? shortfall.notConverted / (1 - rate) : 0);
    const forPlan = planned !== null && result.inference.method === 'sequential' ? Math.max(0, planned - arm.exposed) : 0;
    const needed = Math.ceil(Math.max(shortfall.exposed, forOutcomes, forPlan));
    if (needed <= 0) return;
    const share = totalExposed > 0 ? arm.exposed / totalExposed : 1 / result.arms.length;
    const days = exposuresPerDay !== undefined && exposuresPerDay > 0 && share > 0 ? needed / (exposuresPerDay * share) : null;
    if (!worst || (days !== null && worst.days !== null ? days > worst.days : needed > worst.perArm)) worst = { perArm: needed, arm: arm.key, days };
  });
  return worst;
}
