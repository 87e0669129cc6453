import type { Db } from './Db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './openPglite.ts';
import { openPostgres } from './openPostgres.ts';

export interface DatabaseConfig {
  /** A Postgres server (`DATABASE_URL`); when absent, PGlite in-process. */
  databaseUrl?: string;
  /** PGlite's folder (`WAYMARK_DATA_DIR`, default `.waymark-data`); `memory://` for none. */
  dataDir?: string;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.WAYMARK_DATA_DIR || '.waymark-data' };
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl) : await openPglite({ dataDir: config.dataDir ?? '.waymark-data' });
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.databaseUrl) {
    const url = new URL(config.databaseUrl);
    return `Postgres at ${url.host}${url.pathname}`;
  }
  return config.dataDir?.startsWith('memory://') ? 'PGlite in memory' : `PGlite in ${config.dataDir ?? '.waymark-data'}/`;
}
