import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate, readMigrations } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/openPglite.ts';
import { findPostgresBin, startPostgresCluster } from './postgresCluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway cluster; null when Postgres is not installed (never in CI). */
    postgresUrl: string | null;
    /** A migrated PGlite data directory (tarball), so each test file skips initdb. */
    pgliteTemplate: string;
  }
}

/**
 * PGlite's initdb takes seconds, so the migrated template is kept in node_modules/.cache,
 * keyed by the PGlite version and the migrations; a fresh checkout (CI) builds it once.
 */
async function pgliteTemplate(): Promise<string> {
  const pgliteVersion = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version as string;
  const key = createHash('sha256').update(pgliteVersion).update(JSON.stringify(readMigrations())).digest('hex').slice(0, 16);
  const dir = 'node_modules/.cache/waymark-tests';
  const path = join(dir, `pglite-template-${key}.tar`);
  if (existsSync(path)) return path;
  const db = await openPglite();
  await migrate(db);
  mkdirSync(dir, { recursive: true });
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, new Uint8Array(await (await db.dumpDataDir()).arrayBuffer()));
  renameSync(partial, path);
  await db.close();
  return path;
}

/** Starts what the server tests run against: a real Postgres cluster and a PGlite template. */
export default async function setup(project: TestProject) {
  const bin = findPostgresBin();
  if (!bin && process.env.CI) {
    throw new Error('Postgres is not installed (no initdb in PG_BIN or /usr/lib/postgresql/*/bin): the server tests must run against a real Postgres in CI. Install it with `apt-get install -y postgresql`.');
  }
  if (!bin) console.warn('\n⚠ Postgres is not installed: the server tests run on PGlite only. Install `postgresql` to run them on Postgres too.\n');
  const [template, cluster] = await Promise.all([pgliteTemplate(), bin ? startPostgresCluster(bin) : undefined]);
  project.provide('pgliteTemplate', template);
  project.provide('postgresUrl', cluster?.url ?? null);
  return () => cluster?.stop();
}
