import { applyingMethod } from './applyingMethod.ts';
import type { ArmEstimate } from './ArmEstimate.ts';
import { chanceToBeatControl } from './chanceToBeatControl.ts';
import { compareEstimates, type Comparison, type InferenceMethod } from './compareEstimates.ts';
import type { ProportionComparison } from './compareProportions.ts';
import { cupedEstimates } from './cupedEstimates.ts';
import type { Estimate } from './Estimate.ts';
import { evaluateGuardrail, type Guardrail, type GuardrailResult } from './evaluateGuardrail.ts';
import { proportionEstimate } from './proportionEstimate.ts';
import { sampleGate, type SampleGate, type SampleGateOptions } from './sampleGate.ts';
import { sampleRatioMismatch, type SampleRatioMismatch, type SampleRatioMismatchOptions } from './sampleRatioMismatch.ts';
import { wilsonInterval } from './wilsonInterval.ts';
import { ownValue } from '../schema/ownValue.ts';

/** One arm's counts: users exposed, users who reached the goal in the window, and its configured weight. */
export interface ArmCounts {
  key: string;
  exposed: number;
  converted: number;
  weight: number;
}

/** One arm's pre-exposure covariate x (e.g. sessions in the week before exposure), summed over its exposed users; y is 1 for a conversion. */
export interface PreExposureSums {
  sumX: number;
  sumX2: number;
  /** Σ x over the users who converted. */
  sumXY: number;
}

export interface AnalyzeOptions {
  /** Key of the arm the others are compared with. Default: the first arm. */
  control?: string;
  /** Confidence of every interval; 1 − confidence is the significance level. Default 0.95. */
  confidence?: number;
  gate?: SampleGateOptions;
  srm?: SampleRatioMismatchOptions;
  /**
   * `auto` (default): the always-valid sequential test until every arm has `plannedUsersPerArm`
   * users, then the fixed-horizon test (sequential throughout when nothing is planned).
   * `sequential` or `fixed` force one.
   */
  method?: 'auto' | InferenceMethod;
  /** Users per arm the experiment planned for (e.g. `sampleSizePerArm(baseline, target)`). Tunes the sequential test to be narrowest there. Default none. */
  plannedUsersPerArm?: number;
  /** CUPED variance reduction: per arm key, the pre-exposure covariate sums of its exposed users. Off unless given; every arm needs one. */
  cuped?: Record<string, PreExposureSums>;
  /** Metrics a winner must not harm, judged with the same method as the goal. */
  guardrails?: readonly Guardrail[];
}

/**
 * What a PM may conclude about an arm: nothing yet (too few users), nothing at all (the split
 * is broken), or better / worse / no detectable difference at the chosen significance level.
 */
export type Verdict = 'not_enough_data' | 'sample_ratio_mismatch' | 'better' | 'worse' | 'inconclusive';

/**
 * What to do about an arm: `ship` (better, no guardrail harmed), `review` (better but a guardrail
 * is harmed), `dont_ship` (worse), `keep_running` (too few users, or the sequential test has not
 * decided before the planned sample), `no_difference` (the planned sample is reached, or the
 * fixed test is forced, without a significant difference), `fix_split` (sample ratio mismatch).
 */
export type Recommendation = 'ship' | 'review' | 'dont_ship' | 'keep_running' | 'no_difference' | 'fix_split';

export interface VsControl extends ProportionComparison {
  chanceToBeatControl: number;
  verdict: Verdict;
  recommendation: Recommendation;
  /** Both analyses, whichever applies: the top-level lift, intervals and p-value are `fixed`'s or `sequential`'s per `method`. */
  fixed: Comparison;
  sequential: Comparison;
  guardrails: GuardrailResult[];
}

export interface ArmResult {
  key: string;
  exposed: number;
  converted: number;
  /** Conversion rate with its Wilson interval. */
  rate: Estimate;
  /** The mean compared: the rate, or with CUPED the adjusted rate, with the variance of its estimate. */
  compared: ArmEstimate;
  /** Null for the control arm. */
  vsControl: VsControl | null;
}

export interface Inference {
  /** Which analysis gave the verdicts. */
  method: InferenceMethod;
  confidence: number;
  plannedUsersPerArm: number | null;
  /** Every arm has the planned users (false when nothing is planned). */
  planReached: boolean;
  /**
   * Users (control and one arm together) the sequential test is tuned for: where both reach the
   * planned users (1,000 without a plan) at the configured weights, e.g. 2 × plan for 50/50,
   * 10 × plan for a 10% holdout. That of the first compared arm; each comparison is tuned for its own pair.
   */
  tuningUsers: number;
  /** CUPED's adjustment when it was used. */
  cuped: { theta: number; correlation: number; varianceReduction: number } | null;
}

export interface ExperimentResult {
  control: string;
  arms: ArmResult[];
  sampleRatioMismatch: SampleRatioMismatch;
  gate: SampleGate;
  inference: Inference;
}

const DEFAULT_TUNING_USERS_PER_ARM = 1000;

function verdictOf(comparison: Comparison, ready: boolean, mismatch: boolean): Verdict {
  if (!ready) return 'not_enough_data';
  if (mismatch) return 'sample_ratio_mismatch';
  if (comparison.absoluteLift.low > 0) return 'better';
  if (comparison.absoluteLift.high < 0) return 'worse';
  return 'inconclusive';
}

function recommend(verdict: Verdict, method: InferenceMethod, planReached: boolean, guardrails: readonly GuardrailResult[]): Recommendation {
  switch (verdict) {
    case 'not_enough_data':
      return 'keep_running';
    case 'sample_ratio_mismatch':
      return 'fix_split';
    case 'better':
      return guardrails.some((g) => g.status === 'harmed') ? 'review' : 'ship';
    case 'worse':
      return 'dont_ship';
    case 'inconclusive':
      return method === 'sequential' && !planReached ? 'keep_running' : 'no_difference';
  }
}

/**
 * Per-arm results of an experiment against its control. Each arm is compared with control on
 * its own (no multiple-comparison correction); verdicts wait for the sample gate and are
 * withheld while the split is mismatched. A verdict is `better`/`worse` exactly when the
 * applying interval (absolute and relative alike) excludes 0.
 */
export function analyzeExperiment(arms: readonly ArmCounts[], options: AnalyzeOptions = {}): ExperimentResult {
  const confidence = options.confidence ?? 0.95;
  const control = arms.find((a) => a.key === (options.control ?? arms[0]?.key));
  if (!control) throw new RangeError(`analyzeExperiment: no control arm ${JSON.stringify(options.control ?? null)} among ${arms.length} arms`);
  const planned = options.plannedUsersPerArm;
  if (planned !== undefined && !(planned > 0 && Number.isFinite(planned))) throw new RangeError(`analyzeExperiment: plannedUsersPerArm must be a positive number (got ${planned})`);
  const srm = sampleRatioMismatch(arms.map((a) => a.exposed), arms.map((a) => a.weight), options.srm);
  const gate = sampleGate(arms, options.gate);
  const planReached = planned !== undefined && arms.every((a) => a.exposed >= planned);
  const method = applyingMethod(options.method ?? 'auto', planned, arms.map((a) => a.exposed));
  const perArm = planned ?? DEFAULT_TUNING_USERS_PER_ARM;
  const tuningFor = (arm: ArmCounts) => {
    const smaller = Math.min(control.weight, arm.weight);
    return smaller > 0 && Number.isFinite(smaller) ? (perArm * (control.weight + arm.weight)) / smaller : 2 * perArm;
  };
  const firstCompared = arms.find((a) => a !== control);
  const tuningUsers = firstCompared ? tuningFor(firstCompared) : 2 * perArm;

  let compared: ArmEstimate[] = arms.map((a) => proportionEstimate(a));
  let cuped: Inference['cuped'] = null;
  if (options.cuped) {
    const sums = options.cuped;
    const missing = arms.find((a) => !ownValue(sums, a.key));
    if (missing) throw new RangeError(`analyzeExperiment: cuped has no pre-exposure sums for arm ${JSON.stringify(missing.key)}`);
    const adjusted = cupedEstimates(arms.map((a) => ({ n: a.exposed, sumY: a.converted, sumY2: a.converted, ...ownValue(sums, a.key)! })));
    compared = adjusted.arms;
    cuped = { theta: adjusted.theta, correlation: adjusted.correlation, varianceReduction: adjusted.varianceReduction };
  }
  const controlEstimate = compared[arms.indexOf(control)]!;

  return {
    control: control.key,
    sampleRatioMismatch: srm,
    gate,
    inference: { method, confidence, plannedUsersPerArm: planned ?? null, planReached, tuningUsers, cuped },
    arms: arms.map((arm, i) => {
      const rate = wilsonInterval(arm.converted, arm.exposed, confidence);
      const base = { key: arm.key, exposed: arm.exposed, converted: arm.converted, rate, compared: compared[i]! };
      if (arm === control) return { ...base, vsControl: null };
      const tuning = tuningFor(arm);
      const fixed = compareEstimates(controlEstimate, compared[i]!, { method: 'fixed', confidence });
      const sequential = compareEstimates(controlEstimate, compared[i]!, { method: 'sequential', confidence, tuningUsers: tuning });
      const applying = method === 'fixed' ? fixed : sequential;
      const guardrails = (options.guardrails ?? []).map((g) => evaluateGuardrail(g, control.key, arm.key, { method, confidence, tuningUsers: tuning, minUsersPerArm: options.gate?.minExposedPerArm ?? 100 }));
      const verdict = verdictOf(applying, gate.ready, srm.alert);
      return {
        ...base,
        vsControl: {
          ...applying,
          chanceToBeatControl: chanceToBeatControl(control, arm),
          verdict,
          recommendation: recommend(verdict, method, planReached, guardrails),
          fixed,
          sequential,
          guardrails,
        },
      };
    }),
  };
}
