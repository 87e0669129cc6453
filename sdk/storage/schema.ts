import type { DBSchema, StoreKey, StoreNames, StoreValue } from 'idb';
import type { StoredAssignment } from '../../shared/experiment/stickyAssignment.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { UserState } from '../../shared/schema/userState.ts';
import type { FlowProgress } from './progress.ts';

/** The milestones one user reached here, each with when (ms since epoch). */
export interface MilestonesRecord {
  userKey: string;
  reached: Record<string, number>;
}

/** One user's sticky experiment arms and the experiments whose exposure was logged. */
export interface ExperimentsRecord {
  userKey: string;
  assignments: Record<string, StoredAssignment & { assignedAt: number }>;
  exposed: string[];
}

/** When each event was tracked for one user (the latest times per name), for audience rules. */
export interface HistoryRecord {
  userKey: string;
  times: Record<string, number[]>;
}

/** When the last blocking experience (tour, modal, survey) ended for one user, for the gap between them. */
export interface PacingRecord {
  userKey: string;
  blockingEndedAt: number;
}

/** The "What's new" items of resource centers one user has seen. */
export interface ResourceCenterRecord {
  userKey: string;
  seen: string[];
}

/** User state changes not yet accepted by the server. */
export interface PendingRecord {
  userId: string;
  state: UserState;
}

/** The last bundle fetched from a URL, with its ETag. */
export interface BundleRecord {
  url: string;
  etag: string | null;
  body: unknown;
}

/** This browser's anonymous id. */
export interface IdentityRecord {
  name: 'anonymousId';
  value: string;
}

/**
 * The SDK's IndexedDB database: one object store per kind of record, each keyed by a field of
 * its records (`keyPath`). Every store has one module in `records/` that reads and writes it.
 */
export interface WaymarkDb extends DBSchema {
  /** Keyed `${userKey}|${flowId}` (`progressKey`). */
  progress: { key: string; value: FlowProgress; indexes: { byUser: string } };
  /** Events waiting for delivery, keyed by their UUIDv7 id (so in time order). */
  events: { key: string; value: EventEnvelope };
  milestones: { key: string; value: MilestonesRecord };
  experiments: { key: string; value: ExperimentsRecord };
  history: { key: string; value: HistoryRecord };
  pacing: { key: string; value: PacingRecord };
  resourceCenter: { key: string; value: ResourceCenterRecord };
  /** Keyed by user id (the server's key), not user key. */
  pending: { key: string; value: PendingRecord };
  bundles: { key: string; value: BundleRecord };
  identity: { key: IdentityRecord['name']; value: IdentityRecord };
}

/** Version 1: progress, events and an untyped `meta` key-value store. Version 2: a store per kind. Version 3: `resourceCenter`. */
export const DB_VERSION = 3;

/** The stores holding one record per key (the event queue has its own methods). */
export type RecordStoreName = Exclude<StoreNames<WaymarkDb>, 'events'>;
export type RecordOf<S extends RecordStoreName> = StoreValue<WaymarkDb, S>;
export type KeyOf<S extends RecordStoreName> = StoreKey<WaymarkDb, S>;

/** Each store's key field. */
export const KEY_PATHS = {
  progress: 'key',
  events: 'id',
  milestones: 'userKey',
  experiments: 'userKey',
  history: 'userKey',
  pacing: 'userKey',
  resourceCenter: 'userKey',
  pending: 'userId',
  bundles: 'url',
  identity: 'name',
} as const satisfies { [S in StoreNames<WaymarkDb>]: keyof StoreValue<WaymarkDb, S> & string };

export const keyOf = <S extends RecordStoreName>(store: S, record: RecordOf<S>): KeyOf<S> =>
  (record as unknown as Record<string, KeyOf<S>>)[KEY_PATHS[store]]!;
