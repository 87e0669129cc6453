import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

/** Used when IndexedDB is unavailable: same behaviour for this page view, nothing kept after it. */
export class MemoryStore implements WaymarkStore {
  readonly kind = 'memory' as const;
  private progress = new Map<string, FlowProgress>();
  private events: EventEnvelope[] = [];
  private meta = new Map<string, string>();

  async getProgress(userKey: string): Promise<FlowProgress[]> {
    return [...this.progress.values()].filter((p) => p.userKey === userKey).map((p) => ({ ...p }));
  }
  async putProgress(progress: FlowProgress): Promise<void> {
    this.progress.set(progress.key, { ...progress });
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
  async getMeta(key: string): Promise<string | undefined> {
    return this.meta.get(key);
  }
  async setMeta(key: string, value: string): Promise<void> {
    this.meta.set(key, value);
  }
  close(): void {}
}
