import type { EventEnvelope } from '../../shared/schema/event.ts';
import { MemoryStore } from './MemoryStore.ts';
import type { FlowProgress } from './progress.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

/**
 * Uses the durable store until one of its operations fails (quota exceeded, database deleted or
 * closed by the browser), then memory for the rest of the page view, saying so once.
 */
export class FallbackStore implements WaymarkStore {
  private memory: MemoryStore | null = null;

  constructor(private readonly durable: WaymarkStore, private readonly onFallback: (reason: unknown) => void) {}

  get kind(): WaymarkStore['kind'] {
    return this.memory ? 'memory' : this.durable.kind;
  }

  getProgress(userKey: string): Promise<FlowProgress[]> {
    return this.run((s) => s.getProgress(userKey));
  }
  putProgress(progress: FlowProgress): Promise<void> {
    return this.run((s) => s.putProgress(progress));
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
  getMeta(key: string): Promise<string | undefined> {
    return this.run((s) => s.getMeta(key));
  }
  setMeta(key: string, value: string): Promise<void> {
    return this.run((s) => s.setMeta(key, value));
  }
  close(): void {
    if (!this.memory) this.durable.close();
  }

  private async run<T>(operation: (store: WaymarkStore) => Promise<T>): Promise<T> {
    if (!this.memory) {
      try {
        return await operation(this.durable);
      } catch (error) {
        this.fallBack(error);
      }
    }
    return operation(this.memory!);
  }

  private fallBack(reason: unknown): void {
    if (this.memory) return;
    this.memory = new MemoryStore();
    try {
      this.durable.close();
    } catch {
      // Already closed by the browser.
    }
    this.onFallback(reason);
  }
}
