import { analyzeExperiment, type AnalyzeOptions, type ExperimentResult } from './analyzeExperiment.ts';
import type { Proportion } from './Proportion.ts';

/**
 * The global holdout read as an experiment: the holdout (no onboarding) is the control arm,
 * everyone else onboarding reached (`onboarding`) the treatment, weighted by the holdout's
 * share. Rates with intervals, onboarding's lift over the holdout with its interval, p-value,
 * chance to beat the holdout, the sample gate before any verdict, and the split checked against
 * the configured share.
 */
export function analyzeHoldout(arms: { holdout: Proportion; onboarding: Proportion }, share: number, options: Omit<AnalyzeOptions, 'control'> = {}): ExperimentResult {
  if (!(share > 0 && share < 1)) throw new RangeError(`analyzeHoldout: the holdout share must be between 0 and 1 (got ${share})`);
  return analyzeExperiment(
    [
      { key: 'holdout', ...arms.holdout, weight: share },
      { key: 'onboarding', ...arms.onboarding, weight: 1 - share },
    ],
    { ...options, control: 'holdout' },
  );
}
