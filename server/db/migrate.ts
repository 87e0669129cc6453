import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './Db.ts';

const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
}

/** `server/migrations/NNN_name.sql`, in file-name order. */
export function readMigrations(dir: string = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((name) => /^\d+_[\w-]+\.sql$/.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own transaction
 * with its record, so a failed one leaves nothing behind. An advisory lock keeps two servers
 * starting against one database from racing. Returns the names applied.
 */
export async function migrate(db: Db, migrations: Migration[] = readMigrations()): Promise<string[]> {
  await db.exec(`create table if not exists schema_migrations (name text primary key, applied_at bigint not null)`);
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query(`select pg_advisory_xact_lock(7261001)`);
      const { rows } = await tx.query(`select 1 from schema_migrations where name = $1`, [migration.name]);
      if (rows.length) return false;
      await tx.exec(migration.sql);
      await tx.query(`insert into schema_migrations (name, applied_at) values ($1, $2)`, [migration.name, Date.now()]);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
