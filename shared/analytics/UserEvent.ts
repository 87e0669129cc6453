import type { EventEnvelope } from '../schema/event.ts';

/** An event with the person it belongs to resolved (see selectEvents). */
export type UserEvent = EventEnvelope & { user: string };
