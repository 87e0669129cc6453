import type { ArmResult, ExperimentResult, Recommendation } from './analyzeExperiment.ts';
import { armNumbers, basis, capitalise, liftClause, needClause, pValueText } from './headlineParts.ts';
import { formatComparison, type ReadableComparison } from './readableNumbers.ts';
import { usersStillNeeded } from './usersStillNeeded.ts';
import { ownValue } from '../schema/ownValue.ts';

export interface HeadlineOptions {
  /** Names from the release, by arm key ("Bar + checklist + walkthrough"); default the key. */
  armNames?: Record<string, string>;
  /** The goal as it reads in a sentence: "integration connected". */
  metric: string;
  /** Users exposed per day lately, all arms together, for "about N days at today's traffic". */
  exposuresPerDay?: number;
}

export interface ArmHeadline {
  arm: string;
  recommendation: Recommendation;
  text: string;
  /** The rounded numbers the text uses (the same rounding the table and chart should use). */
  numbers: ReadableComparison;
}

export interface ExperimentHeadline {
  /** The sentence to lead with. */
  text: string;
  recommendation: Recommendation;
  /** Which test the verdict comes from, and at what confidence. */
  basis: string;
  /** One sentence per treatment arm, in the result's order. */
  arms: ArmHeadline[];
}

const LEAD_ORDER: Recommendation[] = ['fix_split', 'ship', 'review', 'keep_running', 'dont_ship', 'no_difference'];

/**
 * What happened and what to do, in words, for an analysed experiment: "Bar + checklist +
 * walkthrough raises integration connected from 42% to 56% (+14 pts, 95% CI +10 to +18). Ship
 * it." / "Not enough data yet: ~1,200 more users per arm (about 5 days at today's traffic)." /
 * "Inconclusive: …". Numbers follow `readableNumbers`; the sentence follows the verdict, so the
 * words never claim more than the interval does.
 */
export function experimentHeadline(result: ExperimentResult, options: HeadlineOptions): ExperimentHeadline {
  const name = (key: string) => ownValue(options.armNames, key) ?? key;
  const confidence = result.inference.confidence;
  const need = usersStillNeeded(result, options.exposuresPerDay);
  const controlName = name(result.control);

  const sentence = (arm: ArmResult, numbers: ReadableComparison): string => {
    const vs = arm.vsControl!;
    const lift = liftClause(numbers, confidence);
    switch (vs.recommendation) {
      case 'ship':
        return `${name(arm.key)} raises ${options.metric} from ${numbers.control} to ${numbers.treatment} (${lift}). Ship it.`;
      case 'review': {
        const harmed = vs.guardrails.filter((g) => g.status === 'harmed').map((g) => {
          const n = g.kind === 'rate' ? formatComparison(g.control.mean, g.treatment.mean, g.comparison.absoluteLift) : null;
          const verb = g.harmful === 'increase' ? 'raises' : 'lowers';
          return n ? `${verb} ${g.name} from ${n.control} to ${n.treatment}` : `${verb} ${g.name} (${g.control.mean.toPrecision(3)} → ${g.treatment.mean.toPrecision(3)})`;
        });
        return `${name(arm.key)} raises ${options.metric} from ${numbers.control} to ${numbers.treatment} (${lift}), but it ${harmed.join(' and ')}. Review before shipping.`;
      }
      case 'dont_ship':
        return `${name(arm.key)} lowers ${options.metric} from ${numbers.control} to ${numbers.treatment} (${lift}). Don't ship it.`;
      case 'keep_running':
        return `Not enough data yet: ${needClause(need, 'users per arm')}.`;
      case 'no_difference':
        return `Inconclusive: no difference detected between ${name(arm.key)} (${numbers.treatment}) and ${controlName} (${numbers.control}) on ${options.metric} (${lift}).`;
      case 'fix_split':
        return `Results withheld: the split of users between arms is off (sample ratio mismatch, p ${pValueText(result.sampleRatioMismatch.pValue)}); fix assignment or exposure logging first.`;
    }
  };

  const arms = result.arms
    .filter((a) => a.vsControl)
    .map((arm) => {
      const numbers = armNumbers(result, arm);
      return { arm: arm.key, recommendation: arm.vsControl!.recommendation, text: sentence(arm, numbers), numbers };
    });
  const lead = [...arms].sort((a, b) => {
    const order = LEAD_ORDER.indexOf(a.recommendation) - LEAD_ORDER.indexOf(b.recommendation);
    if (order !== 0) return order;
    const lift = (h: ArmHeadline) => result.arms.find((r) => r.key === h.arm)!.vsControl!.absoluteLift.estimate;
    return lift(b) - lift(a);
  })[0];
  if (!lead) return { text: 'No arm to compare with control.', recommendation: 'keep_running', basis: basis(result), arms };
  return { text: capitalise(lead.text), recommendation: lead.recommendation, basis: basis(result), arms };
}
