import type { Experiment } from '../schema/experiment.ts';
import { chooseVariation } from './chooseVariation.ts';
import { getBucketRanges } from './getBucketRanges.ts';
import { hashV2 } from './hashV2.ts';

/**
 * The variant key this user gets, or null when the user falls outside the experiment's
 * coverage. Deterministic: the same seed and user id always give the same answer.
 * Weights are relative (50/50, 1/1 and 0.5/0.5 are the same split). The experiment's
 * status is the caller's concern: this only answers "which arm would this user be in".
 */
export function assignVariant(experiment: Pick<Experiment, 'seed' | 'variants' | 'coverage'>, userId: string): string | null {
  const { variants } = experiment;
  const total = variants.reduce((sum, v) => sum + v.weight, 0);
  const weights = total > 0 ? variants.map((v) => v.weight / total) : undefined;
  const ranges = getBucketRanges(variants.length, experiment.coverage ?? 1, weights);
  const index = chooseVariation(hashV2(experiment.seed, userId), ranges);
  return index < 0 ? null : variants[index]!.key;
}
