import * as z from 'zod/mini';
import { alertTypes } from './alertTypes.ts';
import { Environment } from './environment.ts';

/**
 * The request bodies the server validates that are the API's own. Bodies that are documents of
 * the schema (a bundle, a flow, an event batch, a user's state) are validated with shared/schema.
 */

/** `POST /v1/admin/releases`: the draft (no `bundle`) or the bundle sent, published to `env`. */
export const PublishRequest = z.strictObject({
  env: Environment,
  /** Validated separately with validateBundle, so its problems are reported with the bundle's own rules. */
  bundle: z.optional(z.unknown()),
  note: z.optional(z.string().check(z.maxLength(500))),
});
export type PublishRequest = z.infer<typeof PublishRequest>;

/** `POST /v1/admin/environments/:env/rollback`: the release the environment points at from now on. */
export const RollbackRequest = z.strictObject({
  version: z.number().check(z.int(), z.positive()),
});
export type RollbackRequest = z.infer<typeof RollbackRequest>;

/** `POST /v1/admin/project/identity-secret`: how long the old secret still verifies hashes (at most 30 days). */
export const RotateIdentitySecretRequest = z.strictObject({
  graceSeconds: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(30 * 86_400))),
});
export type RotateIdentitySecretRequest = z.infer<typeof RotateIdentitySecretRequest>;

/** `POST /v1/admin/webhooks`. */
export const NewWebhookEndpoint = z.strictObject({
  url: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Event types to receive; absent or empty: all. */
  events: z.optional(z.array(z.enum(alertTypes)).check(z.maxLength(alertTypes.length))),
});
export type NewWebhookEndpoint = z.infer<typeof NewWebhookEndpoint>;

/** `PUT /v1/admin/anchor-health/settings`, per project; docs/ci.md lists the defaults. */
export const AnchorHealthSettings = z.strictObject({
  /** The sliding window the missing rate is measured over, in ms. Default one hour. */
  windowMs: z.number().check(z.int(), z.gte(1000), z.lte(30 * 86_400_000)),
  /** A live step is broken when at least this share of its users missed its anchor. Default 0.2; it recovers below half of it. */
  threshold: z.number().check(z.gt(0), z.lte(1)),
  /** Users the step must have had in the window before it is judged either way. Default 20. */
  minUsers: z.number().check(z.int(), z.gte(1), z.lte(1_000_000)),
});
export type AnchorHealthSettings = z.infer<typeof AnchorHealthSettings>;
