import * as z from 'zod/mini';
import { EventEnvelope } from './event.ts';

import { MAX_EVENTS_PER_BATCH } from './eventBatchLimits.ts';

export { MAX_EVENT_BATCH_BYTES, MAX_EVENTS_PER_BATCH, MAX_KEEPALIVE_BATCH_BYTES } from './eventBatchLimits.ts';

/** The body of `POST /v1/p/:publicKey/events`. */
export const EventBatch = z.strictObject({
  events: z.array(EventEnvelope).check(z.minLength(1), z.maxLength(MAX_EVENTS_PER_BATCH)),
  /**
   * For projects with identity verification: userId → hex(HMAC-SHA256(identity secret, userId)),
   * from the page's `server.userHash`. Events of a user without a valid hash here are stored as
   * unverified (a malformed hash too: it must not cost the batch).
   */
  userHashes: z.optional(z.record(z.string().check(z.minLength(1), z.maxLength(200)), z.string().check(z.maxLength(200)))),
});
export type EventBatch = z.infer<typeof EventBatch>;
