import * as z from 'zod/mini';
import { Experiment, Holdout } from './experiment.ts';
import { Milestone } from './milestone.ts';
import { TraitKey } from './condition.ts';
import { CURRENT_SCHEMA_VERSION, Flow } from './flow.ts';

/**
 * What the SDK loads and the builder exports: flows, milestones, experiments.
 * Flows are kept unparsed here so that one invalid flow is rejected alone (see parseBundle).
 */
export const BundleEnvelope = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  flows: z.array(z.unknown()),
  milestones: z.optional(z.array(Milestone)),
  experiments: z.optional(z.array(Experiment)),
  holdout: z.optional(Holdout),
  /** Traits the SDK records on exposures and flow starts so the dashboard can break results down by them (at most 5; no others leave the page). */
  breakdownTraits: z.optional(z.array(TraitKey).check(z.maxLength(5))),
});

/** The whole bundle validated strictly (export, JSON Schema). */
export const Bundle = z.strictObject({
  ...BundleEnvelope.def.shape,
  flows: z.array(Flow),
});
export type Bundle = z.infer<typeof Bundle>;
