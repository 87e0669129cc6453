import * as z from 'zod/mini';
import { Id, Timestamp, Version } from './primitives.ts';

import { EVENT_NAME, EVENT_NAME_RULE } from './eventName.ts';

export { systemEventTypes, type SystemEventType } from './eventName.ts';

export const EventType = z.string().check(z.regex(EVENT_NAME, EVENT_NAME_RULE));

/** The event envelope (design: Events). `id` is a UUIDv7 so ids sort by time. */
export const EventEnvelope = z.strictObject({
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a UUIDv7')),
  type: EventType,
  ts: Timestamp,
  userId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  anonymousId: z.string().check(z.minLength(1), z.maxLength(200)),
  sessionId: z.string().check(z.minLength(1), z.maxLength(200)),
  flowId: z.optional(Id),
  flowVersion: z.optional(Version),
  stepId: z.optional(Id),
  experimentId: z.optional(Id),
  variant: z.optional(Id),
  props: z.record(z.string().check(z.maxLength(200)), z.unknown()),
});
export type EventEnvelope = z.infer<typeof EventEnvelope>;

