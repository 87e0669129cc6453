import type { Queryable } from '../../db/Db.ts';
import { isReportsReplica } from '../../db/reportsReplica.ts';

/**
 * The time the reports' data is current to (epoch ms): on a streaming replica that has not
 * replayed all it received, the commit time of the last transaction it replayed; otherwise
 * (the primary, PGlite, or a replica that has caught up) now. The embedded store's replica in a
 * thread first replays what the primary committed, for up to its catch-up budget.
 */
export async function reportsAsOf(db: Queryable, now = Date.now()): Promise<number> {
  if (isReportsReplica(db)) return Math.min(now, await db.asOf());
  const { rows } = await db.query<{ replica: boolean }>(`select pg_is_in_recovery() as replica`);
  if (!rows[0]?.replica) return now;
  const { rows: replay } = await db.query<{ behind: boolean; replayed: number | null }>(
    `select pg_last_wal_receive_lsn() is distinct from pg_last_wal_replay_lsn() as behind,
       (extract(epoch from pg_last_xact_replay_timestamp()) * 1000)::float8 as replayed`,
  );
  const { behind, replayed } = replay[0]!;
  return behind && replayed !== null ? Math.min(now, Math.round(replayed)) : now;
}
