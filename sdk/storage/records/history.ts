import type { WaymarkStore } from '../WaymarkStore.ts';

/** The `history` store: when each event was tracked for a user. */
export async function readHistory(store: WaymarkStore, userKey: string): Promise<Record<string, number[]>> {
  return (await store.get('history', userKey))?.times ?? {};
}

export const writeHistory = (store: WaymarkStore, userKey: string, times: Record<string, number[]>): Promise<void> =>
  store.put('history', { userKey, times });
