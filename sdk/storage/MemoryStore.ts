import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import { keyOf, type KeyOf, type RecordOf, type RecordStoreName } from './schema.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** Used when IndexedDB is unavailable: same behaviour for this page view, nothing kept after it. */
export class MemoryStore implements WaymarkStore {
  readonly kind = 'memory' as const;
  private records = new Map<RecordStoreName, Map<unknown, unknown>>();
  private events: EventEnvelope[] = [];

  async get<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<RecordOf<S> | undefined> {
    const record = this.table(store).get(key) as RecordOf<S> | undefined;
    return record === undefined ? undefined : copy(record);
  }
  async put<S extends RecordStoreName>(store: S, record: RecordOf<S>): Promise<void> {
    this.table(store).set(keyOf(store, record), copy(record));
  }
  async remove<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<void> {
    this.table(store).delete(key);
  }
  async progressOf(userKey: string): Promise<FlowProgress[]> {
    return [...(this.table('progress').values() as Iterable<FlowProgress>)].filter((p) => p.userKey === userKey).map(copy);
  }
  async addEvent(event: EventEnvelope): Promise<void> {
    this.events.push(event);
  }
  async listEvents(limit = 1000): Promise<EventEnvelope[]> {
    return this.events.slice(0, limit);
  }
  async removeEvents(ids: readonly string[]): Promise<void> {
    const gone = new Set(ids);
    this.events = this.events.filter((e) => !gone.has(e.id));
  }
  async countEvents(): Promise<number> {
    return this.events.length;
  }
  async trimEvents(max: number): Promise<number> {
    return this.events.splice(0, Math.max(0, this.events.length - max)).length;
  }
  async settled(): Promise<void> {}
  async close(): Promise<void> {}

  private table(store: RecordStoreName): Map<unknown, unknown> {
    let table = this.records.get(store);
    if (!table) this.records.set(store, (table = new Map()));
    return table;
  }
}
