import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';

/** Durable per-user state: flow progress, stored events (for delivery), small key/values. */
export interface WaymarkStore {
  readonly kind: 'indexeddb' | 'memory';
  getProgress(userKey: string): Promise<FlowProgress[]>;
  putProgress(progress: FlowProgress): Promise<void>;
  addEvent(event: EventEnvelope): Promise<void>;
  listEvents(limit?: number): Promise<EventEnvelope[]>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): void;
}
