import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import { DB_VERSION, type KeyOf, type RecordOf, type RecordStoreName, type WaymarkDb } from './schema.ts';
import { upgradeDatabase } from './upgradeDatabase.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

type Names = StoreNames<WaymarkDb>;
type WriteTx = IDBPTransaction<WaymarkDb, Names[], 'readwrite'>;

interface Write {
  stores: readonly Names[];
  run: (tx: WriteTx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  /** A trim joined by later trims asked for before it ran (one count-and-delete serves them all). */
  trim?: true;
  done?: Promise<unknown>;
}

/**
 * IndexedDB, with writes coalesced: every write asked for in the same task (and while the previous
 * batch is being stored) goes into one readwrite transaction, in order. A burst of events is one
 * transaction instead of one per event. Reads wait for the writes asked for before them.
 */
export class IdbStore implements WaymarkStore {
  readonly kind = 'indexeddb' as const;
  private queue: Write[] = [];
  private scheduled = false;
  private inFlight: Promise<void> | null = null;
  private closed = false;

  private constructor(private readonly db: IDBPDatabase<WaymarkDb>) {}

  static async open(name: string): Promise<IdbStore> {
    let store: IdbStore | undefined;
    const db = await openDB<WaymarkDb>(name, DB_VERSION, {
      upgrade: (database, oldVersion, _newVersion, tx) => upgradeDatabase(database, oldVersion, tx),
      blocked() {},
      // A newer SDK in another tab is upgrading: let it (this page goes on in memory).
      blocking: () => void store?.close(),
    });
    store = new IdbStore(db);
    return store;
  }

  async get<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<RecordOf<S> | undefined> {
    await this.settled();
    return this.db.get(store, key);
  }
  put<S extends RecordStoreName>(store: S, record: RecordOf<S>): Promise<void> {
    return this.write([store], (tx) => tx.objectStore(store).put(record));
  }
  remove<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<void> {
    return this.write([store], (tx) => tx.objectStore(store).delete(key));
  }
  async progressOf(userKey: string): Promise<FlowProgress[]> {
    await this.settled();
    return this.db.getAllFromIndex('progress', 'byUser', userKey);
  }
  addEvent(event: EventEnvelope): Promise<void> {
    return this.write(['events'], (tx) => tx.objectStore('events').put(event));
  }
  async listEvents(limit = 1000): Promise<EventEnvelope[]> {
    await this.settled();
    return this.db.getAll('events', null, limit);
  }
  removeEvents(ids: readonly string[]): Promise<void> {
    return this.write(['events'], (tx) => Promise.all(ids.map((id) => tx.objectStore('events').delete(id))));
  }
  async countEvents(): Promise<number> {
    await this.settled();
    return this.db.count('events');
  }
  /** Count and delete in the write transaction, so two writers trimming at once never drop more than the excess. */
  trimEvents(max: number): Promise<number> {
    const last = this.queue.at(-1);
    // Trims asked for back to back (one per stored event of a burst) are one trim; the first caller gets the count.
    if (last?.trim && last.done) return last.done.then(() => 0);
    return this.write<number>(['events'], async (tx) => {
      const events = tx.objectStore('events');
      const over = (await events.count()) - max;
      if (over <= 0) return 0;
      const keys = await events.getAllKeys(null, over);
      await Promise.all(keys.map((key) => events.delete(key)));
      return keys.length;
    }, true);
  }

  async settled(): Promise<void> {
    while (this.inFlight || this.queue.length) {
      if (!this.inFlight) this.pump();
      await this.inFlight;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.settled();
    this.db.close();
  }

  private write<T = void>(stores: readonly Names[], run: (tx: WriteTx) => Promise<unknown>, trim = false): Promise<T> {
    if (this.closed) return Promise.resolve(undefined as T);
    let write!: Write;
    const done = new Promise<T>((resolve, reject) => {
      write = { stores, run, resolve: resolve as (value: unknown) => void, reject, ...(trim ? { trim: true as const } : {}) };
    });
    write.done = done;
    this.queue.push(write);
    if (!this.scheduled) {
      this.scheduled = true;
      queueMicrotask(() => {
        this.scheduled = false;
        this.pump();
      });
    }
    return done;
  }

  /** Stores everything queued in one transaction, unless a batch is being stored (the next one starts when it ends). */
  private pump(): void {
    if (this.inFlight || this.queue.length === 0) return;
    const batch = this.queue.splice(0);
    this.inFlight = this.commit(batch).finally(() => {
      this.inFlight = null;
      this.pump();
    });
  }

  private async commit(batch: Write[]): Promise<void> {
    try {
      const tx = this.db.transaction([...new Set(batch.flatMap((w) => w.stores))], 'readwrite');
      const results = batch.map((w) => w.run(tx));
      // A failed request aborts the transaction: tx.done rejects with the reason, for every write of the batch.
      for (const result of results) result.catch(() => {});
      await tx.done;
      const values = await Promise.all(results);
      batch.forEach((w, i) => w.resolve(values[i]));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }
}
