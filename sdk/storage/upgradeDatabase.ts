import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { parseUserState } from '../../shared/schema/userState.ts';
import { KEY_PATHS, type WaymarkDb } from './schema.ts';

type UpgradeTx = IDBPTransaction<WaymarkDb, StoreNames<WaymarkDb>[], 'versionchange'>;

/** What version 1 kept in its `meta` store: string values under `kind|id` keys. */
interface LegacyDb {
  meta: { key: string; value: string };
}

/**
 * Brings a database from `oldVersion` to the current one. Version 1 kept everything but progress
 * and events as strings in `meta`; each is moved into its own store, then `meta` goes.
 */
export async function upgradeDatabase(db: IDBPDatabase<WaymarkDb>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('progress', { keyPath: KEY_PATHS.progress }).createIndex('byUser', 'userKey');
    db.createObjectStore('events', { keyPath: KEY_PATHS.events });
  }
  if (oldVersion < 2) {
    for (const name of ['milestones', 'experiments', 'history', 'pacing', 'pending', 'bundles', 'identity'] as const) {
      db.createObjectStore(name, { keyPath: KEY_PATHS[name] });
    }
    const legacy = db as unknown as IDBPDatabase<LegacyDb>;
    if (legacy.objectStoreNames.contains('meta')) {
      const meta = (tx as unknown as IDBPTransaction<LegacyDb, ['meta'], 'versionchange'>).objectStore('meta');
      const [keys, values] = await Promise.all([meta.getAllKeys(), meta.getAll()]);
      const entries = new Map(keys.map((key, i) => [String(key), String(values[i] ?? '')]));
      await Promise.all([...entries].map(([key, value]) => moveLegacyRecord(tx, key, value, entries)));
      legacy.deleteObjectStore('meta');
    }
  }
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One `meta` record into its store; corrupt or empty ones are left behind (they held nothing usable). */
async function moveLegacyRecord(tx: UpgradeTx, key: string, raw: string, all: ReadonlyMap<string, string>): Promise<unknown> {
  if (key === 'anonymousId') return raw ? tx.objectStore('identity').put({ name: 'anonymousId', value: raw }) : undefined;
  const bar = key.indexOf('|');
  if (bar < 0) return undefined;
  const kind = key.slice(0, bar);
  const id = key.slice(bar + 1);
  const value = raw ? parse(raw) : undefined;
  switch (kind) {
    case 'blockingEnded':
      return Number(raw) > 0 ? tx.objectStore('pacing').put({ userKey: id, blockingEndedAt: Number(raw) }) : undefined;
    case 'events': {
      if (!isObject(value)) return undefined;
      const times: Record<string, number[]> = {};
      for (const [name, list] of Object.entries(value)) if (Array.isArray(list)) times[name] = list.filter((t): t is number => typeof t === 'number');
      return tx.objectStore('history').put({ userKey: id, times });
    }
    case 'experiments': {
      if (!isObject(value) || !isObject(value.assignments)) return undefined;
      const exposed = Array.isArray(value.exposed) ? value.exposed.filter((e): e is string => typeof e === 'string') : [];
      return tx.objectStore('experiments').put({ userKey: id, assignments: value.assignments as never, exposed });
    }
    case 'milestones': {
      if (!Array.isArray(value)) return undefined;
      // Times were kept apart (for the user state); a milestone without one counts from now, as before.
      const times = parse(all.get(`milestoneTimes|${id}`) ?? '{}');
      const reached: Record<string, number> = {};
      const now = Date.now();
      for (const milestoneId of value) {
        if (typeof milestoneId !== 'string') continue;
        const at = isObject(times) && Object.hasOwn(times, milestoneId) ? times[milestoneId] : undefined;
        reached[milestoneId] = typeof at === 'number' ? at : now;
      }
      return tx.objectStore('milestones').put({ userKey: id, reached });
    }
    case 'userStatePending': {
      const parsed = value === undefined ? undefined : parseUserState(value);
      return parsed?.ok ? tx.objectStore('pending').put({ userId: id, state: parsed.value }) : undefined;
    }
    case 'bundle':
      return isObject(value) ? tx.objectStore('bundles').put({ url: id, etag: typeof value.etag === 'string' ? value.etag : null, body: value.body }) : undefined;
    default:
      return undefined;
  }
}
