import * as z from 'zod/mini';
import { EventEnvelope } from './event.ts';

/** Most events the server takes in one `POST …/events`. */
export const MAX_EVENTS_PER_BATCH = 500;
/** Largest events body the server reads (bytes); larger ones are a 413. */
export const MAX_EVENT_BATCH_BYTES = 512 * 1024;
/** Largest body the SDK sends with `fetch(…, { keepalive })` or `sendBeacon`: browsers cap the in-flight total at 64 KB. */
export const MAX_KEEPALIVE_BATCH_BYTES = 60_000;

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
