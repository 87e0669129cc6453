import type { WaymarkStore } from '../WaymarkStore.ts';

/** The `resourceCenter` store: the "What's new" items one user has seen (none when nothing was stored). */
export async function readSeenItems(store: WaymarkStore, userKey: string): Promise<string[]> {
  const seen = (await store.get('resourceCenter', userKey))?.seen;
  return Array.isArray(seen) ? seen.filter((id): id is string => typeof id === 'string') : [];
}

export const writeSeenItems = (store: WaymarkStore, userKey: string, seen: string[]): Promise<void> =>
  store.put('resourceCenter', { userKey, seen });
