import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Db, Queryable, QueryResult } from './Db.ts';
import { forwardWrites, type ForwardingDb } from './forwardWrites.ts';
import type { PgliteDb } from './openPglite.ts';
import type { FromReplica, ReplayPosition, ReplicaWorkerData, ToReplica } from './replicaProtocol.ts';

/** A read-only copy of the embedded database that reports run on, in a thread of its own. */
export interface ReportsReplica extends Db {
  readonly kind: 'pglite';
  /** Resolves once the replica has loaded the primary's dump (reports wait for it). */
  readonly ready: Promise<void>;
  /**
   * The time the replica's data is current to, as the reports' "as of": first it replays what the
   * primary has committed, for up to the catch-up budget; now if it got there, else the commit
   * time of the last write it replayed.
   */
  asOf(): Promise<number>;
  /** Why reports went back to the primary (the worker failed or a replayed write did), if they did. */
  readonly fallback: string | undefined;
}

export interface ReportsReplicaOptions {
  /** Folder for the replica's files, beside the primary's (never inside it); absent: in memory. */
  dataDir?: string;
  /** How long a report may wait for the replica to replay what was committed before it (ms). Default 2,000. */
  catchUpMs?: number;
  log?: (line: string) => void;
}

/** How long closing waits for the replica's thread to finish what it runs before ending it. */
const CLOSE_WAIT_MS = 3_000;

export const isReportsReplica = (db: Queryable): db is ReportsReplica => typeof (db as Partial<ReportsReplica>).asOf === 'function';

/** Where a PGlite data folder's reports replica keeps its files: beside it, `<dataDir>.reports`. */
export const replicaDataDir = (dataDir: string): string => `${dataDir.replace(/[\\/]+$/, '')}.reports`;

/** The worker's module: the TypeScript source through tsx in a checkout, the bundled file in the package. */
function startWorker(workerData: ReplicaWorkerData): Worker {
  const options = { workerData, transferList: [workerData.dump] };
  const source = new URL('./reportsReplicaWorker.ts', import.meta.url);
  if (!existsSync(fileURLToPath(source))) return new Worker(new URL('./reportsReplicaWorker.js', import.meta.url), options);
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

class ReplicaError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/**
 * Dumps the primary and loads the dump into a replica in a worker thread; from then on every write
 * the returned primary commits is replayed there. Use the returned primary for everything: writes
 * made around it would never reach the replica. If the worker fails or a replayed write fails, the
 * replica logs why and sends reports back to the primary.
 */
export async function startReportsReplica(db: PgliteDb, { dataDir, catchUpMs = 2000, log = console.error }: ReportsReplicaOptions = {}): Promise<{ primary: ForwardingDb; replica: ReportsReplica }> {
  let worker: Worker | undefined;
  const early: ToReplica[] = [];
  const post = (message: ToReplica) => (worker ? worker.postMessage(message) : early.push(message));
  const primary = forwardWrites(db, (write) => post({ type: 'write', write }));
  const dumpedAt = Date.now();
  const dump = await (await primary.dumpDataDir()).arrayBuffer();
  worker = startWorker({ dump, dumpedAt, ...(dataDir ? { dataDir } : {}) });
  for (const message of early.splice(0)) worker.postMessage(message);

  let fallback: string | undefined;
  let closed = false;
  let nextId = 0;
  let position: ReplayPosition = { seq: 0, at: dumpedAt };
  const pending = new Map<number, { resolve: (value: any) => void; reject: (error: Error) => void }>();
  const fail = (reason: string) => {
    if (fallback !== undefined || closed) return;
    fallback = reason;
    log(`waymark: reports run on the primary from now on: ${reason}`);
    for (const { reject } of pending.values()) reject(new ReplicaError(reason));
    pending.clear();
  };
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  let markClosed = () => {};
  const workerClosed = new Promise<void>((resolve) => (markClosed = resolve));
  worker.on('message', (message: FromReplica) => {
    if (message.type === 'ready') markReady();
    else if (message.type === 'failed') {
      fail(`the reports replica could not load the database: ${message.message}`);
      markReady();
    } else if (message.type === 'diverged') fail(`replaying write ${message.seq} on the reports replica failed: ${message.message}`);
    else if (message.type === 'closed') markClosed();
    else {
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if (message.type === 'synced') {
        if (message.position.seq > position.seq) position = message.position;
        waiting.resolve(message.position);
      } else if (message.type === 'rows') waiting.resolve({ rows: message.rows, rowCount: message.rowCount });
      else waiting.reject(new ReplicaError(message.message, message.code));
    }
  });
  worker.on('error', (error) => {
    fail(`the reports replica's thread failed: ${error.message}`);
    markReady();
  });
  worker.on('exit', () => {
    markClosed();
    if (!closed) fail('the reports replica\'s thread exited');
    markReady();
  });

  const ask = <T>(message: (id: number) => ToReplica): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker!.postMessage(message(id));
    });
  const run = async <Row>(sql: string, params: unknown[] | null): Promise<QueryResult<Row>> => {
    await ready;
    if (fallback !== undefined) return params === null ? primary.exec(sql).then(() => ({ rows: [], rowCount: 0 })) : primary.query<Row>(sql, params);
    return ask((id) => ({ type: 'query', id, sql, params }));
  };

  const replica: ReportsReplica = {
    kind: 'pglite',
    ready,
    get fallback() {
      return fallback;
    },
    get closed() {
      return closed;
    },
    query: (sql, params = []) => run(sql, [...params]),
    exec: async (sql) => {
      await run(sql, null);
    },
    // Reads only: the replica changes only by replay, so there is nothing to keep atomic.
    transaction: (work) => work(replica),
    async asOf() {
      await ready;
      const target = primary.seq;
      if (fallback !== undefined || position.seq >= target) return Date.now();
      const reached = await ask<ReplayPosition>((id) => ({ type: 'sync', id, seq: target, budgetMs: catchUpMs })).catch(() => undefined);
      return reached === undefined || reached.seq >= target ? Date.now() : reached.at;
    },
    async close() {
      if (closed) return;
      closed = true;
      worker!.postMessage({ type: 'close' } satisfies ToReplica);
      // The replica is a disposable copy: a report still running on it need not finish.
      const timer = setTimeout(() => void worker!.terminate(), CLOSE_WAIT_MS);
      await workerClosed;
      clearTimeout(timer);
      await worker!.terminate();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return { primary, replica };
}
