import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import type { KeyOf, RecordOf, RecordStoreName } from './schema.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

/** A store usable at once: every operation waits for the real one (IndexedDB opening, or memory), in order. */
export class DeferredStore implements WaymarkStore {
  private store: WaymarkStore | null = null;

  constructor(private readonly opening: Promise<WaymarkStore>) {
    void opening.then((store) => (this.store = store));
  }

  get kind(): WaymarkStore['kind'] {
    return this.store?.kind ?? 'indexeddb';
  }

  get<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<RecordOf<S> | undefined> {
    return this.opening.then((s) => s.get(store, key));
  }
  put<S extends RecordStoreName>(store: S, record: RecordOf<S>): Promise<void> {
    return this.opening.then((s) => s.put(store, record));
  }
  remove<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<void> {
    return this.opening.then((s) => s.remove(store, key));
  }
  progressOf(userKey: string): Promise<FlowProgress[]> {
    return this.opening.then((s) => s.progressOf(userKey));
  }
  addEvent(event: EventEnvelope): Promise<void> {
    return this.opening.then((s) => s.addEvent(event));
  }
  listEvents(limit?: number): Promise<EventEnvelope[]> {
    return this.opening.then((s) => s.listEvents(limit));
  }
  removeEvents(ids: readonly string[]): Promise<void> {
    return this.opening.then((s) => s.removeEvents(ids));
  }
  countEvents(): Promise<number> {
    return this.opening.then((s) => s.countEvents());
  }
  trimEvents(max: number): Promise<number> {
    return this.opening.then((s) => s.trimEvents(max));
  }
  settled(): Promise<void> {
    return this.opening.then((s) => s.settled());
  }
  close(): Promise<void> {
    return this.opening.then((s) => s.close());
  }
}
