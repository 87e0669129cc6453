import type { WaymarkStore } from '../WaymarkStore.ts';

/** The `pacing` store: when a user's last blocking experience ended (0: never). */
export async function readBlockingEndedAt(store: WaymarkStore, userKey: string): Promise<number> {
  return (await store.get('pacing', userKey))?.blockingEndedAt ?? 0;
}

export const writeBlockingEndedAt = (store: WaymarkStore, userKey: string, blockingEndedAt: number): Promise<void> =>
  store.put('pacing', { userKey, blockingEndedAt });
