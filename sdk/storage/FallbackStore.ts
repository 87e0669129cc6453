import type { EventEnvelope } from '../../shared/schema/event.ts';
import { MemoryStore } from './MemoryStore.ts';
import type { FlowProgress } from './progress.ts';
import type { KeyOf, RecordOf, RecordStoreName } from './schema.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

/**
 * Uses the durable store until one of its operations fails (quota exceeded, database deleted or
 * closed by the browser), then memory for the rest of the page view, saying so once. Once closed,
 * nothing falls back (or is reported): what comes after `close()` is not kept.
 */
export class FallbackStore implements WaymarkStore {
  private memory: MemoryStore | null = null;
  private closed = false;

  constructor(private readonly durable: WaymarkStore, private readonly onFallback: (reason: unknown) => void) {}

  get kind(): WaymarkStore['kind'] {
    return this.memory ? 'memory' : this.durable.kind;
  }

  get<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<RecordOf<S> | undefined> {
    return this.run((s) => s.get(store, key));
  }
  put<S extends RecordStoreName>(store: S, record: RecordOf<S>): Promise<void> {
    return this.run((s) => s.put(store, record));
  }
  remove<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<void> {
    return this.run((s) => s.remove(store, key));
  }
  progressOf(userKey: string): Promise<FlowProgress[]> {
    return this.run((s) => s.progressOf(userKey));
  }
  addEvent(event: EventEnvelope): Promise<void> {
    return this.run((s) => s.addEvent(event));
  }
  listEvents(limit?: number): Promise<EventEnvelope[]> {
    return this.run((s) => s.listEvents(limit));
  }
  removeEvents(ids: readonly string[]): Promise<void> {
    return this.run((s) => s.removeEvents(ids));
  }
  countEvents(): Promise<number> {
    return this.run((s) => s.countEvents());
  }
  trimEvents(max: number): Promise<number> {
    return this.run((s) => s.trimEvents(max));
  }
  settled(): Promise<void> {
    return this.memory ? Promise.resolve() : this.durable.settled().catch(() => {});
  }
  async close(): Promise<void> {
    this.closed = true;
    if (!this.memory) await this.durable.close().catch(() => {});
  }

  private async run<T>(operation: (store: WaymarkStore) => Promise<T>): Promise<T> {
    if (!this.memory) {
      try {
        return await operation(this.durable);
      } catch (error) {
        if (this.closed) return operation(new MemoryStore());
        this.fallBack(error);
      }
    }
    return operation(this.memory!);
  }

  private fallBack(reason: unknown): void {
    if (this.memory) return;
    this.memory = new MemoryStore();
    void this.durable.close().catch(() => {});
    this.onFallback(reason);
  }
}
