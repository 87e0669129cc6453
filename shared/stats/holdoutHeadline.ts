import type { ExperimentResult, Recommendation } from './analyzeExperiment.ts';
import { armNumbers, basis, liftClause, needClause, pValueText } from './headlineParts.ts';
import type { ReadableComparison } from './readableNumbers.ts';
import { usersStillNeeded } from './usersStillNeeded.ts';

export interface HoldoutHeadline {
  text: string;
  recommendation: Recommendation;
  basis: string;
  numbers: ReadableComparison;
}

/**
 * The global holdout in words, from `analyzeHoldout`'s result: "Onboarding raises integration
 * connected from 42% (held out) to 49% (+7 pts, 95% CI +1 to +13). Keep it on." / "Not enough
 * data yet: ~300 more held-out users (about 6 days at today's traffic)." / "Inconclusive: …".
 */
export function holdoutHeadline(result: ExperimentResult, options: { metric: string; exposuresPerDay?: number }): HoldoutHeadline {
  const onboarding = result.arms.find((a) => a.vsControl);
  if (!onboarding) throw new RangeError('holdoutHeadline: the result has no onboarding arm (pass analyzeHoldout\'s result)');
  const vs = onboarding.vsControl!;
  const numbers = armNumbers(result, onboarding);
  const lift = liftClause(numbers, result.inference.confidence);
  const from = `from ${numbers.control} (held out) to ${numbers.treatment}`;
  const need = usersStillNeeded(result, options.exposuresPerDay);
  const heldOut = need && need.arm !== result.control ? 'users per group' : 'held-out users';
  const text = {
    ship: `Onboarding raises ${options.metric} ${from} (${lift}). Keep it on.`,
    review: `Onboarding raises ${options.metric} ${from} (${lift}), but it harms a guardrail. Review the flows everyone sees.`,
    dont_ship: `Onboarding lowers ${options.metric} ${from} (${lift}). Review the flows everyone sees.`,
    keep_running: `Not enough data yet: ${needClause(need, heldOut)}.`,
    no_difference: `Inconclusive: no effect of onboarding on ${options.metric} detected (${numbers.control} held out, ${numbers.treatment} with onboarding; ${lift}).`,
    fix_split: `Results withheld: the held-out share is off from the configured one (p ${pValueText(result.sampleRatioMismatch.pValue)}); check the holdout set-up first.`,
  }[vs.recommendation];
  return { text, recommendation: vs.recommendation, basis: basis(result), numbers };
}
