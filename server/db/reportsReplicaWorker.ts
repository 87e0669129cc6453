/**
 * The reports replica: a PGlite of its own in a worker thread, loaded from the primary's dump and
 * kept current by replaying the primary's committed writes in commit order. Reports run here, so a
 * long one blocks this thread and never the server's (PGlite runs a statement synchronously).
 *
 * Scheduling: a sync (a report about to start) replays what it waits for, up to its budget; then
 * queries go before further replay, so a dashboard is never stuck behind an ingest backlog;
 * replay runs whenever nothing else waits.
 */
import { PGlite, types } from '@electric-sql/pglite';
import { mkdirSync, rmSync } from 'node:fs';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import type { CommittedWrite, FromReplica, ReplayPosition, ReplicaWorkerData, ToReplica } from './replicaProtocol.ts';

const port = parentPort!;
const { dump, dataDir, dumpedAt } = workerData as ReplicaWorkerData;
const send = (message: FromReplica) => port.postMessage(message);

/** Writes replayed per replica transaction: fewer commits, yet a waiting report is looked at often. */
const REPLAY_BATCH = 20;

const writes: CommittedWrite[] = [];
const syncs: { id: number; seq: number; deadline: number }[] = [];
const queries: Extract<ToReplica, { type: 'query' }>[] = [];
let position: ReplayPosition = { seq: 0, at: dumpedAt };
let diverged = false;
let closing = false;
let pg: PGlite | undefined;
let pumping = false;

function receive(message: ToReplica): void {
  if (message.type === 'write') writes.push(message.write);
  else if (message.type === 'sync') syncs.push({ id: message.id, seq: message.seq, deadline: Date.now() + message.budgetMs });
  else if (message.type === 'query') queries.push(message);
  else closing = true;
}

port.on('message', (message: ToReplica) => {
  receive(message);
  void pump();
});

async function replayBatch(db: PGlite): Promise<void> {
  const batch = writes.slice(0, REPLAY_BATCH);
  try {
    await db.transaction(async (tx) => {
      // The replica's sessions are read-only by default; replay alone writes.
      await tx.query('set transaction read write');
      for (const write of batch) {
        for (const statement of write.statements) {
          if (statement.params === null) await tx.exec(statement.sql);
          else await tx.query(statement.sql, statement.params);
        }
      }
    });
  } catch (error) {
    diverged = true;
    send({ type: 'diverged', seq: batch[0]!.seq, message: (error as Error).message });
    return;
  }
  writes.splice(0, batch.length);
  const last = batch[batch.length - 1]!;
  position = { seq: last.seq, at: last.at };
}

async function runQuery(db: PGlite, query: Extract<ToReplica, { type: 'query' }>): Promise<void> {
  try {
    if (query.params === null) {
      await db.exec(query.sql);
      send({ type: 'rows', id: query.id, rows: [], rowCount: 0 });
    } else {
      const result = await db.query(query.sql, query.params);
      send({ type: 'rows', id: query.id, rows: result.rows, rowCount: result.affectedRows ?? result.rows.length });
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    send({ type: 'error', id: query.id, message: (error as Error).message, ...(typeof code === 'string' ? { code } : {}) });
  }
}

function settleSyncs(): void {
  const now = Date.now();
  for (let i = syncs.length - 1; i >= 0; i--) {
    const sync = syncs[i]!;
    if (position.seq >= sync.seq || now >= sync.deadline || diverged || writes.length === 0) {
      syncs.splice(i, 1);
      send({ type: 'synced', id: sync.id, position });
    }
  }
}

async function pump(): Promise<void> {
  if (pumping || !pg) return;
  pumping = true;
  try {
    for (;;) {
      // Everything that arrived while a statement ran, so the choice below sees all that waits.
      for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) receive(next.message as ToReplica);
      settleSyncs();
      const replayable = writes.length > 0 && !diverged;
      if (syncs.length && replayable) await replayBatch(pg);
      else if (queries.length) await runQuery(pg, queries.shift()!);
      else if (replayable && !closing) await replayBatch(pg);
      else break;
    }
    if (closing) {
      await pg.close();
      send({ type: 'closed' });
      port.close();
    }
  } finally {
    pumping = false;
  }
}

try {
  const inMemory = dataDir === undefined;
  if (!inMemory) {
    // Always a fresh copy: files left by an earlier run are behind the primary by an unknown amount.
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
  }
  pg = await PGlite.create({
    ...(inMemory ? {} : { dataDir }),
    loadDataDir: new Blob([dump]),
    parsers: { [types.INT8]: (value: string) => Number(value) },
  });
  await pg.exec('set default_transaction_read_only = on');
  send({ type: 'ready' });
  void pump();
} catch (error) {
  send({ type: 'failed', message: (error as Error).message });
  port.close();
}
