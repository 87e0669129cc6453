import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../../../server/db/Db.ts';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/openPglite.ts';
import { openPostgres } from '../../../server/db/openPostgres.ts';

export const databaseKinds = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

/** True when this kind can run here (Postgres is always required in CI: globalSetup fails without it). */
export function databaseAvailable(kind: DatabaseKind): boolean {
  return kind === 'pglite' || inject('postgresUrl') !== null;
}

/** A fresh, migrated database of that kind: PGlite from the template, or a new database on the cluster. */
export async function openTestDatabase(kind: DatabaseKind): Promise<Db> {
  if (kind === 'pglite') {
    const db = await openPglite({ loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
    await migrate(db);
    return db;
  }
  const db = await openPostgres(await createPostgresDatabase());
  await migrate(db);
  return db;
}

/** A new empty database on the test cluster; its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const url = inject('postgresUrl');
  if (!url) throw new Error('no Postgres cluster (see tests/server/support/globalSetup.ts)');
  const name = `waymark_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client(url);
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** A PGlite data folder as `WAYMARK_DATA_DIR` would hold it after a first start (initdb done from the template). */
export async function createPgliteDataDir(dir: string): Promise<void> {
  const db = await openPglite({ dataDir: dir, loadDataDir: new Blob([readFileSync(inject('pgliteTemplate'))]) });
  await db.close();
}
