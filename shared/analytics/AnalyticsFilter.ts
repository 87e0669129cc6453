import type { EventEnvironment } from '../schema/eventEnvironment.ts';

/** Narrows the events a report looks at. Every field is optional; none means everything. */
export interface AnalyticsFilter {
  /** Only events sent to this environment (an event without one is production's). */
  env?: EventEnvironment;
  /** Only events at or after this time (epoch ms). */
  from?: number;
  /** Only events before this time (epoch ms, exclusive). */
  to?: number;
  /** Only flow events of this flow version; events without a flow version (milestones, tracked events) are kept. */
  flowVersion?: number;
  /** Only events whose userId came with a valid identity hash (`verified=only`): leaves out traffic anyone with the public key could make up. */
  verifiedOnly?: boolean;
  /** Only users whose first exposure in this experiment (in the environment, if given) was to this variant. */
  variant?: { experimentId: string; variant: string };
}
