/** Most events the server takes in one `POST …/events`. */
export const MAX_EVENTS_PER_BATCH = 500;
/** Largest events body the server reads (bytes); larger ones are a 413. */
export const MAX_EVENT_BATCH_BYTES = 512 * 1024;
/** Largest body the SDK sends with `fetch(…, { keepalive })` or `sendBeacon`: browsers cap the in-flight total at 64 KB. */
export const MAX_KEEPALIVE_BATCH_BYTES = 60_000;
