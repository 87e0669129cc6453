import { nextEventId } from './eventId.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';

export interface EventContext {
  userId?: string;
  anonymousId: string;
  sessionId: string;
}

export type EventFields = Partial<Pick<EventEnvelope, 'flowId' | 'flowVersion' | 'stepId' | 'experimentId' | 'variant'>> & {
  props?: Record<string, unknown>;
};

/** Builds an envelope exactly as the design defines it. */
export function createEvent(type: string, context: EventContext, fields: EventFields = {}, now = Date.now()): EventEnvelope {
  const { props = {}, ...rest } = fields;
  return {
    id: nextEventId(now),
    type,
    ts: now,
    ...(context.userId ? { userId: context.userId } : {}),
    anonymousId: context.anonymousId,
    sessionId: context.sessionId,
    ...rest,
    props,
  };
}
