import type { Queryable } from './Db.ts';
import { isWriteStatement } from './isWriteStatement.ts';
import type { PgliteDb } from './openPglite.ts';
import type { CommittedWrite, ReplayedStatement } from './replicaProtocol.ts';

export interface ForwardingDb extends PgliteDb {
  /** The last write committed (0 before any): what a replica has to reach to be current. */
  readonly seq: number;
}

/**
 * The primary, reporting each committed write to `send` in commit order: a write statement outside
 * a transaction once it succeeded, a transaction's write statements once it committed (nothing for
 * a rollback). Writes and transactions run one at a time here, so the order they are numbered in
 * is the order they committed in; PGlite runs them one at a time anyway. Reads pass straight through.
 */
export function forwardWrites(primary: PgliteDb, send: (write: CommittedWrite) => void): ForwardingDb {
  let seq = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => {});
    return run;
  };
  const commit = (statements: ReplayedStatement[]) => {
    if (statements.length) send({ seq: ++seq, at: Date.now(), statements });
  };
  const recording = (tx: Queryable, statements: ReplayedStatement[]): Queryable => ({
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const result = await tx.query<Row>(sql, params);
      if (isWriteStatement(sql)) statements.push({ sql, params: [...params] });
      return result;
    },
    async exec(sql) {
      await tx.exec(sql);
      if (isWriteStatement(sql)) statements.push({ sql, params: null });
    },
  });
  return {
    kind: 'pglite',
    get closed() {
      return primary.closed;
    },
    get seq() {
      return seq;
    },
    query<Row>(sql: string, params: readonly unknown[] = []) {
      if (!isWriteStatement(sql)) return primary.query<Row>(sql, params);
      return oneAtATime(async () => {
        const result = await primary.query<Row>(sql, params);
        commit([{ sql, params: [...params] }]);
        return result;
      });
    },
    exec(sql) {
      if (!isWriteStatement(sql)) return primary.exec(sql);
      return oneAtATime(async () => {
        await primary.exec(sql);
        commit([{ sql, params: null }]);
      });
    },
    transaction(work) {
      return oneAtATime(async () => {
        const statements: ReplayedStatement[] = [];
        const result = await primary.transaction((tx) => work(recording(tx, statements)));
        commit(statements);
        return result;
      });
    },
    // Between two writes, so the dump is exactly the state before write seq + 1.
    dumpDataDir: () => oneAtATime(() => primary.dumpDataDir()),
    close: () => oneAtATime(() => primary.close()),
  };
}
