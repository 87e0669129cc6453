import type { WaymarkStore } from '../WaymarkStore.ts';
import type { FlowProgress } from '../progress.ts';

/** The `progress` store: one record per user and flow (`progressKey`). */
export const readProgress = (store: WaymarkStore, userKey: string): Promise<FlowProgress[]> => store.progressOf(userKey);

export const writeProgress = (store: WaymarkStore, progress: FlowProgress): Promise<void> => store.put('progress', progress);
