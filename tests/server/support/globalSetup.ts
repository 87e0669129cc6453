import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../../server/db/migrate.ts';
import { openPglite } from '../../../server/db/openPglite.ts';
import { findPostgresBin, startPostgresCluster, type PostgresCluster } from './postgresCluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the throwaway cluster; null when Postgres is not installed (never in CI). */
    postgresUrl: string | null;
    /** A migrated PGlite data directory (tarball), so each test file skips initdb. */
    pgliteTemplate: string;
  }
}

async function pgliteTemplate(dir: string): Promise<string> {
  const db = await openPglite();
  await migrate(db);
  const path = join(dir, 'pglite-template.tar');
  writeFileSync(path, new Uint8Array(await (await db.dumpDataDir()).arrayBuffer()));
  await db.close();
  return path;
}

/** Starts what the server tests run against: a real Postgres cluster and a PGlite template. */
export default async function setup(project: TestProject) {
  const bin = findPostgresBin();
  if (!bin && process.env.CI) {
    throw new Error('Postgres is not installed (no /usr/lib/postgresql/*/bin/initdb, PG_BIN unset): the server tests must run against a real Postgres in CI. Install it with `apt-get install -y postgresql`.');
  }
  if (!bin) console.warn('\n⚠ Postgres is not installed: the server tests run on PGlite only. Install `postgresql` to run them on Postgres too.\n');
  const dir = mkdtempSync(join(tmpdir(), 'waymark-test-'));
  let cluster: PostgresCluster | undefined;
  try {
    const [template, started] = await Promise.all([pgliteTemplate(dir), bin ? startPostgresCluster(bin) : undefined]);
    cluster = started;
    project.provide('pgliteTemplate', template);
    project.provide('postgresUrl', cluster?.url ?? null);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return () => {
    cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
