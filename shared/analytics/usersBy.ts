import type { UserEvent } from './UserEvent.ts';

/** Distinct users per key, over the events for which `keyOf` gives a key. */
export function usersBy(events: readonly UserEvent[], keyOf: (event: UserEvent) => string | undefined): Map<string, Set<string>> {
  const result = new Map<string, Set<string>>();
  for (const event of events) {
    const key = keyOf(event);
    if (key === undefined) continue;
    let users = result.get(key);
    if (!users) result.set(key, (users = new Set()));
    users.add(event.user);
  }
  return result;
}
