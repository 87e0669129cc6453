import type { WaymarkStore } from '../storage/WaymarkStore.ts';

/** Keeps at most `max` events waiting for delivery, dropping the oldest; returns how many went. */
export async function trimQueue(store: WaymarkStore, max: number): Promise<number> {
  const over = (await store.countEvents()) - max;
  return over > 0 ? store.dropOldestEvents(over) : 0;
}
