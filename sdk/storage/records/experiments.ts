import type { WaymarkStore } from '../WaymarkStore.ts';
import type { ExperimentsRecord } from '../schema.ts';

export type SavedExperiments = Omit<ExperimentsRecord, 'userKey'>;

/** The `experiments` store: a user's sticky arms and logged exposures. */
export async function readExperiments(store: WaymarkStore, userKey: string): Promise<SavedExperiments> {
  const record = await store.get('experiments', userKey);
  const assignments = record?.assignments;
  return { assignments: typeof assignments === 'object' && assignments ? assignments : {}, exposed: Array.isArray(record?.exposed) ? record.exposed : [] };
}

export const writeExperiments = (store: WaymarkStore, userKey: string, saved: SavedExperiments): Promise<void> =>
  store.put('experiments', { userKey, assignments: saved.assignments, exposed: saved.exposed });
