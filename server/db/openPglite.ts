import { PGlite, types } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import type { Db, Queryable, QueryResult } from './Db.ts';

export interface PgliteOptions {
  /** Folder for the data files; `memory://` (or undefined) keeps everything in memory. */
  dataDir?: string;
  /** A `dumpDataDir()` tarball to start from (tests: a migrated template, skipping initdb). */
  loadDataDir?: Blob;
}

// Epoch-millisecond columns are bigint; they fit a double exactly.
const parsers = { [types.INT8]: (value: string) => Number(value) };

interface PgliteQueryable {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[]; affectedRows?: number }>;
  exec(sql: string): Promise<unknown>;
}

function wrap(target: PgliteQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(sql, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

export interface PgliteDb extends Db {
  /** The whole data directory as a tarball (for `loadDataDir`). */
  dumpDataDir(): Promise<Blob>;
}

/** PGlite (Postgres compiled to WebAssembly) in this process; no server to run. */
export async function openPglite({ dataDir, loadDataDir }: PgliteOptions = {}): Promise<PgliteDb> {
  const inMemory = !dataDir || dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ ...(inMemory ? {} : { dataDir }), ...(loadDataDir ? { loadDataDir } : {}), parsers });
  return {
    kind: 'pglite',
    ...wrap(pg),
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    close: () => pg.close(),
    get closed() {
      return pg.closed;
    },
    dumpDataDir: () => pg.dumpDataDir('none'),
  };
}
