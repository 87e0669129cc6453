import type { Db } from './Db.ts';
import { migrate } from './migrate.ts';
import { openPglite } from './openPglite.ts';
import { openPostgres } from './openPostgres.ts';

export interface DatabaseConfig {
  /** A Postgres server (`DATABASE_URL`); when absent, PGlite in-process. */
  databaseUrl?: string;
  /** PGlite's folder (`WAYMARK_DATA_DIR`, default `.waymark-data`); `memory://` for none. */
  dataDir?: string;
  /** A Postgres streaming replica for reports (`WAYMARK_REPORTS_DATABASE_URL`); needs `databaseUrl`. */
  reportsDatabaseUrl?: string;
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.WAYMARK_DATA_DIR || '.waymark-data', reportsDatabaseUrl: env.WAYMARK_REPORTS_DATABASE_URL || undefined };
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

/** Connections of their own for reports on Postgres: the replica if configured, else a small second pool on the primary. PGlite has one connection: `db` itself. */
export async function openReportsDatabase(config: DatabaseConfig, db: Db): Promise<Db> {
  if (config.reportsDatabaseUrl && !config.databaseUrl) {
    throw new Error('WAYMARK_REPORTS_DATABASE_URL needs DATABASE_URL: a reports replica follows a Postgres primary, and the embedded PGlite has none');
  }
  if (!config.databaseUrl) return db;
  return openPostgres(config.reportsDatabaseUrl ?? config.databaseUrl, { max: 4 });
}
