import { uuidv7 } from '../../../shared/ids/uuidv7.ts';
import type { WaymarkStore } from '../WaymarkStore.ts';

/** Stores `id` as the anonymous id unless one is stored already (a start that did not wait for storage made it). */
export async function keepAnonymousId(store: WaymarkStore, id: string): Promise<void> {
  if (!(await store.get('identity', 'anonymousId'))?.value) await store.put('identity', { name: 'anonymousId', value: id });
}

/** The `identity` store: the anonymous id, created once per browser and kept. */
export async function loadAnonymousId(store: WaymarkStore): Promise<string> {
  const existing = await store.get('identity', 'anonymousId');
  if (existing?.value) return existing.value;
  const id = uuidv7();
  await store.put('identity', { name: 'anonymousId', value: id });
  return id;
}
