import pg from 'pg';
import type { Db, Queryable, QueryResult } from './Db.ts';

const INT8 = 20;

interface PgQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: any[]; rowCount: number | null }>;
}

function wrap(target: PgQueryable): Queryable {
  return {
    async query<Row>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query(sql, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? result.rows.length };
    },
    async exec(sql: string) {
      // Without parameters node-postgres uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

/** A Postgres server through node-postgres (`DATABASE_URL`). */
export async function openPostgres(connectionString: string, { max = 10 } = {}): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max,
    // Epoch-millisecond columns are bigint; they fit a double exactly (as in the PGlite adapter).
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser },
  });
  pool.on('error', (error) => console.error('waymark: idle Postgres connection failed:', error.message));
  await pool.query('select 1');
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(wrap(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    get closed() {
      return pool.ended;
    },
  };
}
