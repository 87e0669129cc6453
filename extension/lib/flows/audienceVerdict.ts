import type { Condition } from '../../../shared/schema/condition.ts';
import { evaluateCondition } from '../../../shared/targeting/evaluateCondition.ts';
import type { TargetingContext } from '../../../shared/targeting/TargetingContext.ts';
import { describeCondition, type AudienceNames } from './describeAudience.ts';

/** A made-up visitor to check an audience against: their traits and the milestones they reached. */
export interface SampleUser {
  traits: Record<string, string | number | boolean>;
  milestones?: readonly string[];
}

export interface AudienceVerdict {
  /** This user would see the flow (as far as the audience goes). */
  included: boolean;
  /** Each top-level condition in words, and whether this user meets it. */
  checks: Array<{ text: string; met: boolean }>;
}

/**
 * Whether a sample user is in a flow's audience, condition by condition. What the panel cannot
 * know (event counts, other flows) counts as never happened; the screen is a desktop one and
 * element conditions count as present.
 */
export function audienceVerdict(audience: Condition | undefined, user: SampleUser, names: AudienceNames, now = Date.now()): AudienceVerdict {
  if (!audience) return { included: true, checks: [] };
  const ctx: TargetingContext = {
    now,
    traits: user.traits,
    eventCounts: () => 0,
    flowStates: {},
    milestones: new Set(user.milestones ?? []),
    device: { width: 1280, touch: false },
    elementPresent: () => true,
  };
  const children = audience.type === 'all' || audience.type === 'any' ? audience.conditions : [audience];
  const checks = children.map((c) => ({ text: describeCondition(c, names), met: evaluateCondition(c, ctx) }));
  return { included: evaluateCondition(audience, ctx), checks };
}
