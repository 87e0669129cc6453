import { chanceToBeatControl } from './chanceToBeatControl.ts';
import { compareProportions, type ProportionComparison } from './compareProportions.ts';
import type { Estimate } from './Estimate.ts';
import { sampleGate, type SampleGate, type SampleGateOptions } from './sampleGate.ts';
import { sampleRatioMismatch, type SampleRatioMismatch, type SampleRatioMismatchOptions } from './sampleRatioMismatch.ts';
import { wilsonInterval } from './wilsonInterval.ts';

/** One arm's counts: users exposed, users who reached the goal in the window, and its configured weight. */
export interface ArmCounts {
  key: string;
  exposed: number;
  converted: number;
  weight: number;
}

export interface AnalyzeOptions {
  /** Key of the arm the others are compared with. Default: the first arm. */
  control?: string;
  /** Confidence of every interval; 1 − confidence is the significance level. Default 0.95. */
  confidence?: number;
  gate?: SampleGateOptions;
  srm?: SampleRatioMismatchOptions;
}

/**
 * What a PM may conclude about an arm: nothing yet (too few users), nothing at all (the split
 * is broken), or better / worse / no detectable difference at the chosen significance level.
 */
export type Verdict = 'not_enough_data' | 'sample_ratio_mismatch' | 'better' | 'worse' | 'inconclusive';

export interface ArmResult {
  key: string;
  exposed: number;
  converted: number;
  /** Conversion rate with its Wilson interval. */
  rate: Estimate;
  /** Null for the control arm. */
  vsControl: (ProportionComparison & { chanceToBeatControl: number; verdict: Verdict }) | null;
}

export interface ExperimentResult {
  control: string;
  arms: ArmResult[];
  sampleRatioMismatch: SampleRatioMismatch;
  gate: SampleGate;
}

/**
 * Per-arm results of an experiment against its control. Each arm is compared with control on
 * its own (no multiple-comparison correction); verdicts wait for the sample gate and are
 * withheld while the split is mismatched.
 */
export function analyzeExperiment(arms: readonly ArmCounts[], options: AnalyzeOptions = {}): ExperimentResult {
  const confidence = options.confidence ?? 0.95;
  const control = arms.find((a) => a.key === (options.control ?? arms[0]?.key));
  if (!control) throw new RangeError(`analyzeExperiment: no control arm ${JSON.stringify(options.control ?? null)} among ${arms.length} arms`);
  const srm = sampleRatioMismatch(arms.map((a) => a.exposed), arms.map((a) => a.weight), options.srm);
  const gate = sampleGate(arms, options.gate);
  return {
    control: control.key,
    sampleRatioMismatch: srm,
    gate,
    arms: arms.map((arm) => {
      const rate = wilsonInterval(arm.converted, arm.exposed, confidence);
      if (arm === control) return { key: arm.key, exposed: arm.exposed, converted: arm.converted, rate, vsControl: null };
      const comparison = compareProportions(control, arm, confidence);
      const verdict: Verdict = !gate.ready
        ? 'not_enough_data'
        : srm.alert
          ? 'sample_ratio_mismatch'
          : comparison.pValue < 1 - confidence
            ? comparison.absoluteLift.estimate > 0 ? 'better' : 'worse'
            : 'inconclusive';
      return {
        key: arm.key,
        exposed: arm.exposed,
        converted: arm.converted,
        rate,
        vsControl: { ...comparison, chanceToBeatControl: chanceToBeatControl(control, arm), verdict },
      };
    }),
  };
}
