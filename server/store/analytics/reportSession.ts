import type { Db, Queryable } from '../../db/Db.ts';

/**
 * Runs each report query in its own short transaction with JIT compilation off: the planner's
 * cost estimates for the per-person subqueries cross jit_above_cost, and compiling then takes
 * longer than the query (3 of 5 s for 50,000 exposures on Postgres 15). PGlite has no JIT; the
 * setting is accepted and does nothing there.
 */
export function reportSession(db: Db): Queryable {
  return {
    query: (sql, params) =>
      db.transaction(async (tx) => {
        await tx.query('set local jit = off');
        return tx.query(sql, params);
      }),
    exec: (sql) => db.exec(sql),
  };
}
