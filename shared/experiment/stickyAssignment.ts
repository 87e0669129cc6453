import type { Experiment } from '../schema/experiment.ts';
import { assignVariant } from './assignVariant.ts';

/** An assignment as kept with the user state. */
export interface StoredAssignment {
  variant: string;
  bucketVersion: number;
}

/**
 * The assignment to use (and store) for this user. A stored assignment is kept while the
 * experiment's bucket version is unchanged, even if weights or coverage changed since, so
 * nobody switches arms mid-experiment; it is dropped when the version changes or its variant
 * no longer exists. Null: the user is not in the experiment (outside coverage).
 */
export function stickyAssignment(
  experiment: Pick<Experiment, 'seed' | 'variants' | 'coverage' | 'bucketVersion'>,
  userId: string,
  stored: StoredAssignment | undefined,
): StoredAssignment | null {
  const bucketVersion = experiment.bucketVersion ?? 1;
  if (stored && stored.bucketVersion === bucketVersion && experiment.variants.some((v) => v.key === stored.variant)) return stored;
  const variant = assignVariant(experiment, userId);
  return variant === null ? null : { variant, bucketVersion };
}
