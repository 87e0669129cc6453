import type { EventEnvelope } from '../schema/event.ts';

/** Whether the event records reaching this milestone. */
export function isMilestone(event: EventEnvelope, milestone: string): boolean {
  return event.type === 'milestone_reached' && event.props['milestone'] === milestone;
}
