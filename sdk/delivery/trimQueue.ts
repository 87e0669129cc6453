import type { WaymarkStore } from '../storage/WaymarkStore.ts';

/** Keeps at most `max` events waiting for delivery, dropping the oldest; returns how many went. */
export async function trimQueue(store: WaymarkStore, max: number): Promise<number> {
  return store.trimEvents(max);
}
