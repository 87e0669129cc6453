import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';

/** Durable per-user state: flow progress, stored events (for delivery), small key/values. */
export interface WaymarkStore {
  readonly kind: 'indexeddb' | 'memory';
  getProgress(userKey: string): Promise<FlowProgress[]>;
  putProgress(progress: FlowProgress): Promise<void>;
  addEvent(event: EventEnvelope): Promise<void>;
  /** Stored events, oldest first (ids are UUIDv7, so key order is time order). */
  listEvents(limit?: number): Promise<EventEnvelope[]>;
  /** Deletes delivered (or dropped) events. */
  removeEvents(ids: readonly string[]): Promise<void>;
  countEvents(): Promise<number>;
  /** Deletes the oldest events beyond `max`, atomically; returns how many went. */
  trimEvents(max: number): Promise<number>;
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
  close(): void;
}
