import * as z from 'zod/mini';
import { Id, Version } from './primitives.ts';

const Share = z.number().check(z.gte(0), z.lte(1));

export const Variant = z.strictObject({
  key: Id,
  /** What the dashboard calls this arm ("Bar + checklist + walkthrough"); default its flow's name. */
  name: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  /** The flow shown to this arm; null is the control arm (no flow). */
  flowId: z.nullable(Id),
  weight: z.number().check(z.gte(0)),
});

/**
 * A metric a winning arm must not harm (the verdict warns when it does): the share of exposed
 * people who dismiss a flow within the attribution window, the time from exposure to the goal
 * among those who reach it, or a milestone that must not drop. `tolerance` is how much harm is
 * accepted (a share for rates, hours for time to goal); default 0.
 */
export const GuardrailMetric = z.union([
  z.strictObject({ metric: z.literal('dismissal_rate'), tolerance: z.optional(Share) }),
  z.strictObject({ metric: z.literal('time_to_goal'), toleranceHours: z.optional(z.number().check(z.gte(0), z.lte(8760))) }),
  z.strictObject({ metric: z.literal('milestone'), milestone: Id, tolerance: z.optional(Share) }),
]);
export type GuardrailMetric = z.infer<typeof GuardrailMetric>;

/** An A/B (or multivariate) test of flows against a goal milestone. */
export const Experiment = z.strictObject({
  key: Id,
  name: z.optional(z.string().check(z.maxLength(200))),
  seed: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Changing it re-buckets everyone; weight changes alone keep sticky assignments. */
  bucketVersion: z.optional(Version),
  variants: z.array(Variant).check(z.minLength(2, 'an experiment needs at least two variants')),
  /** Share of users in the experiment at all. Default 1. */
  coverage: z.optional(Share),
  goal: Id,
  attributionDays: z.number().check(z.positive(), z.lte(365)),
  status: z.optional(z.enum(['draft', 'running', 'stopped'])),
  /**
   * Users per arm the experiment is planned for (the builder's sample-size planner). Until every
   * arm has them the verdict comes from the sequential test; from then on from the fixed-horizon test.
   */
  plannedUsersPerArm: z.optional(z.number().check(z.int(), z.positive(), z.lte(100_000_000))),
  /** Metrics the winner must not harm; judged with the same test as the goal. */
  guardrails: z.optional(z.array(GuardrailMetric).check(z.maxLength(5))),
  /** CUPED: adjust for each person's activity in the 7 days before exposure (narrower intervals, same expected lift). Default off. */
  cuped: z.optional(z.boolean()),
});
export type Experiment = z.infer<typeof Experiment>;

/** A share of users who see no onboarding at all, across every experiment. */
export const Holdout = z.strictObject({ seed: z.string().check(z.minLength(1), z.maxLength(200)), share: Share });
export type Holdout = z.infer<typeof Holdout>;
