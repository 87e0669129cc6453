import type { EventEnvelope } from '../schema/event.ts';
import type { EventEnvironment } from '../schema/eventEnvironment.ts';

/**
 * An event as the server stores it: the envelope plus the environment its batch was sent to
 * (the SDK's `server.env`). Without `env` an event is production's, as on the server.
 */
export type AnalyticsEvent = EventEnvelope & {
  env?: EventEnvironment;
  /** The userId came with a valid identity hash (the server's `verified`); absent means not verified. */
  verified?: boolean;
};
