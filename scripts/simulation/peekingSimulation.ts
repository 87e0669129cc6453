import { applyingMethod } from '../../shared/stats/applyingMethod.ts';
import type { ArmEstimate } from '../../shared/stats/ArmEstimate.ts';
import { compareEstimates, type InferenceMethod } from '../../shared/stats/compareEstimates.ts';
import { cupedEstimates, type CovariateSums } from '../../shared/stats/cupedEstimates.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { normalQuantile } from '../../shared/stats/normalQuantile.ts';
import { proportionEstimate } from '../../shared/stats/proportionEstimate.ts';
import { sampleGate } from '../../shared/stats/sampleGate.ts';

/**
 * How one team reads the experiment: which test, at which looks. `auto` is what
 * `analyzeExperiment` does by default: the sequential test before the planned sample, the
 * fixed-horizon test at the first look that reaches it, and no look after (the decision is made).
 */
export interface ReadingPolicy {
  name: string;
  method: 'auto' | InferenceMethod;
  /** Only the last look counts (the fixed horizon read as designed). Default false: every look. */
  finalLookOnly?: boolean;
  /** Users per arm planned: tunes the sequential test; where `auto` switches. Default: the last look's. */
  plannedUsersPerArm?: number;
  /** Compare CUPED-adjusted rates (pre-exposure activity as the covariate). Default false. */
  cuped?: boolean;
}

export interface PeekingOptions {
  experiments: number;
  /** Cumulative users per arm at each look, ascending (e.g. 50, 100, … for a daily look at 50 a day). */
  looks: readonly number[];
  rates: { control: number; treatment: number };
  seed: number;
  policies: readonly ReadingPolicy[];
  /** Probit slope of conversion on a person's standardised pre-period activity; 0 makes it unrelated. Default 1. */
  covariateStrength?: number;
  confidence?: number;
}

export interface PolicyOutcome {
  name: string;
  /** Share of experiments with a significant difference (either way) at some look the policy reads. */
  anyLook: number;
  /** Share significant on the treatment's side (better when it truly is better). */
  anyLookBetter: number;
  /** Per look, the share significant at that look or an earlier one. */
  byLook: number[];
  /** Mean width of the absolute interval at the last look the policy reads (percentage points as a share). */
  meanWidth: number;
}

export interface PeekingResult {
  policies: PolicyOutcome[];
  /** Pooled within-arm correlation of pre-period activity and conversion, averaged over experiments at the last look. */
  covariateCorrelation: number;
}

/**
 * Seeded A/B (or A/A) experiments looked at repeatedly, to measure what peeking does to each
 * way of reading them. Each person has a pre-period activity (sessions in the two weeks before
 * exposure, log-normal from a latent propensity z) and converts with probability
 * Φ(a + b·z), a set so the arm's average rate is the one given. Uses the same functions as
 * `analyzeExperiment` (sample gate, proportion and CUPED estimates, `compareEstimates`).
 */
export function peekingSimulation(options: PeekingOptions): PeekingResult {
  const { experiments, looks, rates, seed, policies, covariateStrength = 1, confidence = 0.95 } = options;
  if (looks.length === 0 || looks.some((n, i) => !(n > 0) || (i > 0 && n <= looks[i - 1]!))) throw new RangeError('peekingSimulation: looks must be ascending positive user counts');
  const random = mulberry32(seed);
  let spare: number | null = null;
  const gaussian = () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - random();
    const v = random();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  const b = covariateStrength;
  // E[Φ(a + bZ)] = Φ(a / √(1 + b²)) for Z ~ N(0, 1).
  const intercept = (rate: number) => normalQuantile(rate) * Math.sqrt(1 + b * b);
  const arms = [intercept(rates.control), intercept(rates.treatment)];
  const last = looks[looks.length - 1]!;

  const tallies = policies.map(() => ({ any: 0, better: 0, byLook: looks.map(() => 0), width: 0 }));
  let correlationTotal = 0;

  for (let e = 0; e < experiments; e++) {
    const sums: CovariateSums[] = [0, 1].map(() => ({ n: 0, sumY: 0, sumY2: 0, sumX: 0, sumX2: 0, sumXY: 0 }));
    const decided = policies.map(() => false);
    const width = policies.map(() => 0);
    for (let look = 0; look < looks.length; look++) {
      for (let arm = 0; arm < 2; arm++) {
        const s = sums[arm]!;
        while (s.n < looks[look]!) {
          const z = gaussian();
          const x = Math.round(Math.exp(1.2 + 0.6 * z));
          // Φ(a + bz) > U ⇔ a + bz > Φ⁻¹(U); a second gaussian with the same law is cheaper than Φ⁻¹.
          const y = arms[arm]! + b * z > gaussian() ? 1 : 0;
          s.n++;
          s.sumY += y;
          s.sumY2 += y;
          s.sumX += x;
          s.sumX2 += x * x;
          s.sumXY += x * y;
        }
      }
      const counts = sums.map((s) => ({ exposed: s.n, converted: s.sumY }));
      const gateOpen = sampleGate(counts).ready;
      const plain: ArmEstimate[] = counts.map(proportionEstimate);
      const adjusted = policies.some((p) => p.cuped) ? cupedEstimates(sums) : null;
      if (look === looks.length - 1 && adjusted) correlationTotal += adjusted.correlation;
      policies.forEach((policy, p) => {
        if (decided[p]) return;
        if (policy.finalLookOnly && look < looks.length - 1) return;
        const planned = policy.plannedUsersPerArm ?? last;
        const reached = counts.every((c) => c.exposed >= planned);
        const method = applyingMethod(policy.method, planned, counts.map((c) => c.exposed));
        const [control, treatment] = policy.cuped ? adjusted!.arms : plain;
        const comparison = compareEstimates(control!, treatment!, { method, confidence, tuningUsers: 2 * planned });
        width[p] = comparison.absoluteLift.high - comparison.absoluteLift.low;
        const { low, high } = comparison.absoluteLift;
        if (gateOpen && (low > 0 || high < 0)) {
          decided[p] = true;
          tallies[p]!.any++;
          if (low > 0) tallies[p]!.better++;
          for (let later = look; later < looks.length; later++) tallies[p]!.byLook[later]!++;
        }
        // `auto` ends at the planned sample: the fixed-horizon test is read there once.
        if (policy.method === 'auto' && reached) decided[p] = true;
      });
    }
    policies.forEach((_, p) => (tallies[p]!.width += width[p]!));
  }

  return {
    covariateCorrelation: correlationTotal / experiments,
    policies: policies.map((policy, p) => ({
      name: policy.name,
      anyLook: tallies[p]!.any / experiments,
      anyLookBetter: tallies[p]!.better / experiments,
      byLook: tallies[p]!.byLook.map((n) => n / experiments),
      meanWidth: tallies[p]!.width / experiments,
    })),
  };
}
