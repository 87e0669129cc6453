import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

interface WaymarkDb extends DBSchema {
  progress: { key: string; value: FlowProgress; indexes: { byUser: string } };
  /** Events waiting for delivery, keyed by their UUIDv7 id (so in time order). */
  events: { key: string; value: EventEnvelope };
  meta: { key: string; value: string };
}

export const DB_VERSION = 1;

export class IdbStore implements WaymarkStore {
  readonly kind = 'indexeddb' as const;
  private constructor(private readonly db: IDBPDatabase<WaymarkDb>) {}

  static async open(name: string): Promise<IdbStore> {
    const db = await openDB<WaymarkDb>(name, DB_VERSION, {
      upgrade(database) {
        const progress = database.createObjectStore('progress', { keyPath: 'key' });
        progress.createIndex('byUser', 'userKey');
        database.createObjectStore('events', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
      blocked() {},
    });
    return new IdbStore(db);
  }

  getProgress(userKey: string): Promise<FlowProgress[]> {
    return this.db.getAllFromIndex('progress', 'byUser', userKey);
  }
  async putProgress(progress: FlowProgress): Promise<void> {
    await this.db.put('progress', progress);
  }
  async addEvent(event: EventEnvelope): Promise<void> {
    await this.db.put('events', event);
  }
  listEvents(limit = 1000): Promise<EventEnvelope[]> {
    return this.db.getAll('events', null, limit);
  }
  async removeEvents(ids: readonly string[]): Promise<void> {
    const tx = this.db.transaction('events', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  }
  countEvents(): Promise<number> {
    return this.db.count('events');
  }
  /** Count and delete in one transaction, so two writers trimming at once never drop more than the excess. */
  async trimEvents(max: number): Promise<number> {
    const tx = this.db.transaction('events', 'readwrite');
    const over = (await tx.store.count()) - max;
    const keys = over > 0 ? await tx.store.getAllKeys(null, over) : [];
    await Promise.all([...keys.map((key) => tx.store.delete(key)), tx.done]);
    return keys.length;
  }
  getMeta(key: string): Promise<string | undefined> {
    return this.db.get('meta', key);
  }
  async setMeta(key: string, value: string): Promise<void> {
    await this.db.put('meta', value, key);
  }
  close(): void {
    this.db.close();
  }
}
