import type { UserEvent } from './UserEvent.ts';

/** Each user's first matching event time, from events in time order (as selectEvents returns them). */
export function firstOccurrence(events: readonly UserEvent[], matches: (event: UserEvent) => boolean): Map<string, number> {
  const first = new Map<string, number>();
  for (const event of events) if (!first.has(event.user) && matches(event)) first.set(event.user, event.ts);
  return first;
}
