import * as z from 'zod/mini';
import { Id, Timestamp, Version } from './primitives.ts';

export const EventType = z.string().check(z.regex(/^[A-Za-z0-9_.:$ -]{1,200}$/, 'must be 1–200 characters of letters, digits, space and _ . : $ -'));

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

/** Events the SDK emits itself; anything else is a user `track` event. */
export const systemEventTypes = [
  'flow_started', 'step_shown', 'step_completed', 'flow_completed', 'flow_dismissed',
  'anchor_missing', 'milestone_reached', 'checklist_item_completed', 'survey_answered', 'experiment_exposure',
  'resource_center_opened', 'resource_center_searched', 'resource_center_item_clicked', 'resource_center_tour_replayed', 'resource_center_contact',
] as const;
export type SystemEventType = (typeof systemEventTypes)[number];
