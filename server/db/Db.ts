export interface QueryResult<Row> {
  rows: Row[];
  /** Rows inserted, updated or deleted (0 for SELECT on some drivers: use rows.length there). */
  rowCount: number;
}

/** What runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** One statement with `$1…` parameters. bigint columns come back as numbers, jsonb as values. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<Row>>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** The storage seam: PGlite in-process or a Postgres server, same SQL. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** True once `close()` was called: background work (alerts, maintenance) stops instead of failing. */
  readonly closed: boolean;
}
