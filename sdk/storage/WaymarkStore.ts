import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { FlowProgress } from './progress.ts';
import type { KeyOf, RecordOf, RecordStoreName } from './schema.ts';

/**
 * Durable per-user state (the stores of `schema.ts`). Writes are queued and stored together,
 * in order; every read sees the writes asked for before it.
 */
export interface WaymarkStore {
  readonly kind: 'indexeddb' | 'memory';
  get<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<RecordOf<S> | undefined>;
  put<S extends RecordStoreName>(store: S, record: RecordOf<S>): Promise<void>;
  remove<S extends RecordStoreName>(store: S, key: KeyOf<S>): Promise<void>;
  /** One user's progress records. */
  progressOf(userKey: string): Promise<FlowProgress[]>;
  addEvent(event: EventEnvelope): Promise<void>;
  /** Stored events, oldest first (ids are UUIDv7, so key order is time order). */
  listEvents(limit?: number): Promise<EventEnvelope[]>;
  /** Deletes delivered (or dropped) events. */
  removeEvents(ids: readonly string[]): Promise<void>;
  countEvents(): Promise<number>;
  /** Deletes the oldest events beyond `max`, atomically; returns how many went. */
  trimEvents(max: number): Promise<number>;
  /** Resolves once every write asked for so far is stored (or has failed). */
  settled(): Promise<void>;
  /** Closes once the writes asked for so far are stored; later writes are not kept. */
  close(): Promise<void>;
}
