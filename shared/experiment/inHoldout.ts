import type { Holdout } from '../schema/experiment.ts';
import { hashV2 } from './hashV2.ts';

/** Whether this user is in the global holdout: they see no onboarding at all, in any experiment. */
export function inHoldout(holdout: Holdout | undefined, userId: string): boolean {
  return holdout !== undefined && hashV2(holdout.seed, userId) < holdout.share;
}
