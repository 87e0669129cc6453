import type { WaymarkStore } from '../WaymarkStore.ts';

/** The `milestones` store: the milestones a user reached here, id → when. */
export async function readMilestones(store: WaymarkStore, userKey: string): Promise<Record<string, number>> {
  return (await store.get('milestones', userKey))?.reached ?? {};
}

export const writeMilestones = (store: WaymarkStore, userKey: string, reached: Record<string, number>): Promise<void> =>
  store.put('milestones', { userKey, reached });
