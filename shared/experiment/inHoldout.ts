import type { Holdout } from '../schema/experiment.ts';
import { hashV2 } from './hashV2.ts';

/** The experiment id global-holdout users are logged under (variant `holdout`) when onboarding would have shown. */
export const HOLDOUT_EXPERIMENT_ID = 'global-holdout';

/** Whether this user is in the global holdout: they see no onboarding at all, in any experiment. */
export function inHoldout(holdout: Holdout | undefined, userId: string): boolean {
  return holdout !== undefined && hashV2(holdout.seed, userId) < holdout.share;
}
