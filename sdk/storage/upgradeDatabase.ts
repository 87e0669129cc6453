import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { KEY_PATHS, type RecordStoreName, type WaymarkDb } from './schema.ts';

type UpgradeTx = IDBPTransaction<WaymarkDb, StoreNames<WaymarkDb>[], 'versionchange'>;
type Legacy = IDBPDatabase<{ meta: { key: string; value: string } }>;

/**
 * How each version 1 `meta` record (`kind|id` → JSON string) becomes a record of its own store.
 * Values are moved as they were: the readers of each store check what they read.
 */
const MOVES: Record<string, (id: string, value: any, meta: Map<string, string>) => [RecordStoreName, object]> = {
  blockingEnded: (userKey, at) => ['pacing', { userKey, blockingEndedAt: Number(at) || 0 }],
  events: (userKey, times) => ['history', { userKey, times }],
  experiments: (userKey, saved) => ['experiments', { ...saved, userKey }],
  milestones: (userKey, ids: string[], meta) => {
    // Times were kept apart (for the user state); a milestone without one counts from now, as before.
    const times = JSON.parse(meta.get(`milestoneTimes|${userKey}`) || '{}');
    return ['milestones', { userKey, reached: Object.fromEntries(ids.map((id) => [id, Object.hasOwn(times, id) ? times[id] : Date.now()])) }];
  },
  userStatePending: (userId, state) => ['pending', { userId, state }],
  bundle: (url, cached) => ['bundles', { ...cached, url }],
};

/**
 * Brings a database from `oldVersion` to the current one. Version 1 kept everything but progress
 * and events as strings in `meta`; each is moved into its own store, then `meta` goes.
 */
export async function upgradeDatabase(db: IDBPDatabase<WaymarkDb>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('progress', { keyPath: KEY_PATHS.progress }).createIndex('byUser', 'userKey');
    db.createObjectStore('events', { keyPath: KEY_PATHS.events });
  }
  if (oldVersion < 3) db.createObjectStore('resourceCenter', { keyPath: KEY_PATHS.resourceCenter });
  if (oldVersion >= 2) return;
  for (const name of ['milestones', 'experiments', 'history', 'pacing', 'pending', 'bundles', 'identity'] as const) db.createObjectStore(name, { keyPath: KEY_PATHS[name] });
  if (oldVersion < 1) return;
  const metaStore = (tx as unknown as IDBPTransaction<Legacy extends IDBPDatabase<infer S> ? S : never, ['meta'], 'versionchange'>).objectStore('meta');
  const [keys, values] = await Promise.all([metaStore.getAllKeys(), metaStore.getAll()]);
  const meta = new Map(keys.map((key, i) => [String(key), String(values[i])]));
  for (const [key, raw] of meta) {
    if (key === 'anonymousId') {
      if (raw) void tx.objectStore('identity').put({ name: key, value: raw });
      continue;
    }
    const bar = key.indexOf('|');
    const move = MOVES[key.slice(0, bar)];
    try {
      // A corrupt or empty record held nothing usable: it is left behind.
      const [store, record] = move!(key.slice(bar + 1), JSON.parse(raw), meta);
      void tx.objectStore(store).put(record as never);
    } catch {}
  }
  (db as unknown as Legacy).deleteObjectStore('meta');
}
