import type { Db, Queryable } from '../../db/Db.ts';
import { isReportsReplica } from '../../db/reportsReplica.ts';

/** How long one report query may run before Postgres cancels it (`WAYMARK_REPORT_TIMEOUT_MS`). */
export const DEFAULT_REPORT_TIMEOUT_MS = 15_000;

/** A report query Postgres cancelled at the statement timeout. */
export class ReportTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the report query was cancelled after ${timeoutMs} ms (statement_timeout)`);
  }
}

/** SQLSTATE 57014 query_canceled: what a statement timeout raises. */
const isCancelled = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '57014';

/**
 * Runs each report query in its own short transaction with a statement timeout (`SET LOCAL`, so
 * the pooled connection goes back without it; 0 means none), so one report cannot hold the
 * database, and with JIT compilation off: the planner's cost estimates for the per-person
 * subqueries cross jit_above_cost, and compiling then takes longer than the query (3 of 5 s for
 * 50,000 exposures on Postgres 15). PGlite has neither: it accepts both settings and enforces
 * neither (WebAssembly has no timer signal to cancel a running statement with).
 */
export function reportSession(db: Db, { timeoutMs = DEFAULT_REPORT_TIMEOUT_MS }: { timeoutMs?: number } = {}): Queryable {
  if (isReportsReplica(db)) return replicaSession(db, timeoutMs);
  return {
    query: (sql, params) =>
      db.transaction(async (tx) => {
        await tx.query(`select set_config('jit', 'off', true), set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
        try {
          return await tx.query(sql, params);
        } catch (error) {
          throw isCancelled(error) ? new ReportTimeoutError(timeoutMs) : error;
        }
      }),
    exec: (sql) => db.exec(sql),
  };
}

/**
 * On the embedded store's reports replica the statement cannot be cancelled either, but it runs in
 * its own thread: past the timeout the report answers 503 while the replica finishes the statement.
 */
function replicaSession(db: Db, timeoutMs: number): Queryable {
  return {
    query: <Row>(sql: string, params?: readonly unknown[]) => {
      const result = db.query<Row>(sql, params);
      if (timeoutMs === 0) return result;
      let timer: NodeJS.Timeout | undefined;
      const cutOff = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ReportTimeoutError(timeoutMs)), timeoutMs)));
      return Promise.race([result, cutOff]).finally(() => clearTimeout(timer));
    },
    exec: (sql) => db.exec(sql),
  };
}
