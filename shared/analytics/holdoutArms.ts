import { HOLDOUT_EXPERIMENT_ID } from '../experiment/inHoldout.ts';
import type { EventEnvironment } from '../schema/eventEnvironment.ts';
import type { Proportion } from '../stats/Proportion.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import { isMilestone } from './isMilestone.ts';
import { selectEvents } from './selectEvents.ts';

export { HOLDOUT_EXPERIMENT_ID };

export interface HoldoutArmsOptions {
  /** The milestone that counts as converting. */
  goal: string;
  /** Count the goal only within this many ms of entering. Default: any time after. */
  windowMs?: number;
  env?: EventEnvironment;
  /** Only people who entered at or after this time (epoch ms). */
  from?: number;
  /** Only people who entered before this time (epoch ms, exclusive). */
  to?: number;
}

export interface HoldoutArms {
  /** People logged in the global holdout: onboarding would have shown, and nothing did. */
  holdout: Proportion;
  /** Everyone else onboarding reached: a flow started, or an experiment exposure (control included). */
  onboarding: Proportion;
}

const isHoldout = (e: AnalyticsEvent) => e.type === 'experiment_exposure' && e.experimentId === HOLDOUT_EXPERIMENT_ID;
const isOnboarding = (e: AnalyticsEvent) => e.type === 'flow_started' || (e.type === 'experiment_exposure' && e.experimentId !== HOLDOUT_EXPERIMENT_ID);

/**
 * Goal conversion of the global holdout against everyone else onboarding reached. A person with
 * any holdout exposure is in the holdout and enters at their first one; anyone else enters at
 * their first flow start or experiment exposure. They convert by reaching the goal at or after
 * entering (within the window); the date range applies to the entry time, as for experiments.
 */
export function holdoutArms(events: readonly AnalyticsEvent[], options: HoldoutArmsOptions): HoldoutArms {
  const { goal, windowMs = Infinity, from = -Infinity, to = Infinity } = options;
  const selected = selectEvents(events, options.env === undefined ? {} : { env: options.env });
  const heldAt = new Map<string, number>();
  const reachedAt = new Map<string, number>();
  for (const e of selected) {
    if (isHoldout(e) && !heldAt.has(e.user)) heldAt.set(e.user, e.ts);
    if (isOnboarding(e) && !reachedAt.has(e.user)) reachedAt.set(e.user, e.ts);
  }
  const entry = new Map<string, { held: boolean; ts: number }>();
  for (const [user, ts] of reachedAt) entry.set(user, { held: false, ts });
  for (const [user, ts] of heldAt) entry.set(user, { held: true, ts });
  const converted = new Set<string>();
  for (const e of selected) {
    const entered = entry.get(e.user);
    if (entered && isMilestone(e, goal) && e.ts >= entered.ts && e.ts - entered.ts <= windowMs) converted.add(e.user);
  }
  const arms: HoldoutArms = { holdout: { exposed: 0, converted: 0 }, onboarding: { exposed: 0, converted: 0 } };
  for (const [user, { held, ts }] of entry) {
    if (ts < from || ts >= to) continue;
    const arm = held ? arms.holdout : arms.onboarding;
    arm.exposed++;
    if (converted.has(user)) arm.converted++;
  }
  return arms;
}
