/** Messages between the server and the reports replica's worker thread (server/db/reportsReplicaWorker.ts). */

/** One statement as the primary ran it; `params: null` is a script run with `exec`. */
export interface ReplayedStatement {
  sql: string;
  params: unknown[] | null;
}

/** What one commit on the primary wrote: a statement outside a transaction, or a transaction's writes. */
export interface CommittedWrite {
  /** Position in commit order, from 1. */
  seq: number;
  /** When the primary committed it (epoch ms). */
  at: number;
  statements: ReplayedStatement[];
}

export interface ReplicaWorkerData {
  /** The primary's data directory as `dumpDataDir()` made it (an uncompressed tarball). */
  dump: ArrayBuffer;
  /** Folder for the replica's files; absent: in memory. */
  dataDir?: string;
  /** When the dump was taken: the replica's position until it replays a write. */
  dumpedAt: number;
}

export type ToReplica =
  | { type: 'write'; write: CommittedWrite }
  /** Replay up to `seq` (or for at most `budgetMs`), then say how far it got. */
  | { type: 'sync'; id: number; seq: number; budgetMs: number }
  | { type: 'query'; id: number; sql: string; params: unknown[] | null }
  | { type: 'close' };

export interface ReplayPosition {
  /** The last write replayed (0: none since the dump). */
  seq: number;
  /** Its commit time on the primary (the dump's time for 0). */
  at: number;
}

export type FromReplica =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'synced'; id: number; position: ReplayPosition }
  | { type: 'rows'; id: number; rows: unknown[]; rowCount: number }
  | { type: 'error'; id: number; message: string; code?: string }
  | { type: 'diverged'; seq: number; message: string }
  | { type: 'closed' };
