import type { ArmResult, ExperimentResult } from './analyzeExperiment.ts';
import { formatComparison, formatDays, formatShare, formatUsers, type ReadableComparison } from './readableNumbers.ts';
import type { UsersStillNeeded } from './usersStillNeeded.ts';

/** "95%", "97.5%". */
export function confidenceLabel(confidence: number): string {
  return formatShare(confidence, Number.isInteger(Math.round(confidence * 1000) / 10) ? 0 : 1);
}

/** The compared means of an arm and control, rounded together with the lift's interval. */
export function armNumbers(result: ExperimentResult, arm: ArmResult): ReadableComparison {
  const control = result.arms.find((a) => a.key === result.control)!;
  const vs = arm.vsControl!;
  return formatComparison(control.compared.mean, arm.compared.mean, vs.absoluteLift, vs.relativeLift);
}

/** "+14 pts, 95% CI +10 to +18". */
export function liftClause(numbers: ReadableComparison, confidence: number): string {
  const unit = numbers.lift === '+1' || numbers.lift === '\u22121' ? 'pt' : 'pts';
  return `${numbers.lift} ${unit}, ${confidenceLabel(confidence)} CI ${numbers.low} to ${numbers.high}`;
}

/** Which test the verdict comes from, in words. */
export function basis(result: ExperimentResult): string {
  const { method, confidence, plannedUsersPerArm, cuped } = result.inference;
  const level = `${confidenceLabel(confidence)} confidence`;
  const plan = plannedUsersPerArm === null ? '' : `${plannedUsersPerArm.toLocaleString('en-US')} users per arm`;
  const test =
    method === 'sequential'
      ? `Sequential test, valid however often it is looked at (${level}${plan ? `; planned ${plan}` : ''})`
      : plan && result.inference.planReached
        ? `Fixed-horizon test at the planned ${plan} (${level})`
        : `Fixed-horizon test, valid when read once at a sample size fixed in advance (${level})`;
  return cuped ? `${test}; CUPED-adjusted for pre-exposure activity (${formatShare(cuped.varianceReduction, 0)} less variance)` : test;
}

/** "~1,200 more users per arm (about 5 days at today's traffic)". */
export function needClause(need: UsersStillNeeded | null, unit: string): string {
  if (!need) return 'no clear difference so far; give it a planned sample size to know how long to run';
  const days = need.days === null ? '' : ` (about ${formatDays(need.days)} at today's traffic)`;
  return `~${formatUsers(need.perArm)} more ${unit}${days}`;
}

export function pValueText(p: number): string {
  return p < 0.0001 ? '< 0.0001' : `= ${p.toFixed(4)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
