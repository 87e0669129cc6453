import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { RateLimits } from './api/ApiEnv.ts';
import { assetPaths } from './assetPaths.ts';
import { createApp } from './createApp.ts';
import type { Db } from './db/Db.ts';
import { databaseConfigFromEnv, describeDatabase, openDatabase, openReportsDatabase, type DatabaseConfig } from './db/openDatabase.ts';
import type { PgliteDb } from './db/openPglite.ts';
import { replicaDataDir, startReportsReplica } from './db/reportsReplica.ts';
import { demoProject, hasDemoKeys, seedDemoProject } from './seedDemoProject.ts';
import { demoGuide } from './demoGuide.ts';
import { dropExpiredEventPartitions, ensureEventPartitions, retentionDaysFromEnv } from './store/eventPartitions.ts';

export interface ServerOptions {
  port?: number;
  hostname?: string;
  database?: DatabaseConfig;
  /**
   * Create the demo project (publicly known keys) on an empty database. Default: on with the
   * embedded PGlite when listening on loopback, else off; `WAYMARK_SEED_DEMO=1|0` decides. Never
   * on a public interface: the server refuses to start there with the demo's known secret key.
   */
  seedDemo?: boolean;
  rateLimits?: Partial<RateLimits>;
  /** Reverse proxies that append to X-Forwarded-For (default `WAYMARK_TRUSTED_PROXIES`, else 0: the header is ignored). */
  trustedProxies?: number;
  /** Longest a report query may run, in ms (0 = no limit). Default `WAYMARK_REPORT_TIMEOUT_MS`, else 15,000. */
  reportTimeoutMs?: number;
  /**
   * On the embedded PGlite: run reports (and alert evaluation) on a replica in a worker thread, so
   * a long report never holds up ingest, the SDK's bundle or /healthz. Default on;
   * `WAYMARK_REPORTS_THREAD=0` turns it off.
   */
  reportsThread?: boolean;
  /** How long a report may wait for that replica to replay the writes committed before it (ms). Default 2,000. */
  reportsCatchUpMs?: number;
  /** Drop raw events (whole month partitions) older than this many days. Default `WAYMARK_EVENT_RETENTION_DAYS`, else keep them. */
  eventRetentionDays?: number;
  log?: (line: string) => void;
  /** Print the demo's next steps (open the demo, load the builder, the key to paste) once it listens. Default true. */
  guide?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  db: Db;
  close(): Promise<void>;
}

/** `WAYMARK_REPORT_TIMEOUT_MS`: a whole number of milliseconds, 0 for no limit. */
function reportTimeoutFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) throw new Error(`WAYMARK_REPORT_TIMEOUT_MS must be a whole number of milliseconds, 0 for no limit (got ${JSON.stringify(value)})`);
  return ms;
}

/** `WAYMARK_TRUSTED_PROXIES`: how many reverse proxies append to X-Forwarded-For. */
function trustedProxiesFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`WAYMARK_TRUSTED_PROXIES must be the number of reverse proxies in front of the server, 0 to 10 (got ${JSON.stringify(value)})`);
  return n;
}

/** Only this machine can reach a server listening here. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** `WAYMARK_SIGN_IN_ATTEMPTS`: failed admin sign-ins a client may make before it waits a minute per attempt (default 10). */
function signInAttemptsFromEnv(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** Opens (and migrates) the database, seeds the demo on first start, and listens. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? console.log;
  const reportTimeoutMs = options.reportTimeoutMs ?? reportTimeoutFromEnv(process.env.WAYMARK_REPORT_TIMEOUT_MS);
  const database = options.database ?? databaseConfigFromEnv();
  const trustedProxies = options.trustedProxies ?? trustedProxiesFromEnv(process.env.WAYMARK_TRUSTED_PROXIES);
  const signInAttempts = signInAttemptsFromEnv(process.env.WAYMARK_SIGN_IN_ATTEMPTS);
  const rateLimits = signInAttempts === undefined ? options.rateLimits : { adminAuthFailures: { burst: signInAttempts, perSecond: 1 / 60 }, ...options.rateLimits };
  const hostname = options.hostname ?? '127.0.0.1';
  const loopback = isLoopback(hostname);
  const seedSetting = process.env.WAYMARK_SEED_DEMO;
  const hasDemo = assetPaths.demoDir !== null;
  const seedDemo = options.seedDemo ?? (seedSetting === undefined ? hasDemo && !database.databaseUrl && loopback : seedSetting !== '0');
  if (seedDemo && !loopback) {
    throw new Error(`waymark: the demo project has publicly known keys, so it is seeded only when listening on loopback (HOST=127.0.0.1), not on ${hostname}; unset WAYMARK_SEED_DEMO`);
  }
  const opened = await openDatabase(database);
  let db: Db = opened;
  try {
    if (seedDemo && (await seedDemoProject(db))) log('Seeded the demo project and published demo/flows/chatly.bundle.json to staging and production.');
    if (!loopback && (await hasDemoKeys(db))) {
      throw new Error(
        `waymark: this database holds the demo project, whose secret key ${demoProject.secretKey} is published; it is not served on ${hostname}. ` +
          `Rotate its secret key on loopback first (waymark rotate-secret-key --server http://127.0.0.1:4400 --key ${demoProject.secretKey}) or use another data folder.`,
      );
    }
  } catch (error) {
    await db.close();
    throw error;
  }
  let reportsDb = await openReportsDatabase(database, db);
  const reportsThread = options.reportsThread ?? process.env.WAYMARK_REPORTS_THREAD !== '0';
  if (opened.kind === 'pglite' && reportsThread) {
    const dataDir = database.dataDir ?? '.waymark-data';
    try {
      const replicated = await startReportsReplica(opened as PgliteDb, {
        ...(dataDir.startsWith('memory://') ? {} : { dataDir: replicaDataDir(dataDir) }),
        ...(options.reportsCatchUpMs !== undefined ? { catchUpMs: options.reportsCatchUpMs } : {}),
        log: (line) => console.error(line),
      });
      db = replicated.primary;
      reportsDb = replicated.replica;
    } catch (error) {
      console.error(`waymark: reports run on the server's own PGlite connection: the reports replica did not start (${(error as Error).message})`);
    }
  }
  const retentionDays = options.eventRetentionDays ?? retentionDaysFromEnv(process.env.WAYMARK_EVENT_RETENTION_DAYS);
  const maintain = async () => {
    await ensureEventPartitions(db);
    // PGlite has no autovacuum: without statistics the planner guesses every report's row counts.
    if (db.kind === 'pglite') await db.exec('analyze events; analyze identity_links; analyze first_touches; analyze flow_touches; analyze person_firsts; analyze person_flow_touches; analyze milestone_reaches');
    if (retentionDays === undefined) return;
    const dropped = await dropExpiredEventPartitions(db, retentionDays);
    if (dropped.length) log(`Dropped events older than ${retentionDays} days: ${dropped.join(', ')} (facts are kept).`);
  };
  await maintain();
  // Hourly: next month's partition exists before its first event, and expired months go.
  const maintenance = setInterval(() => maintain().catch((error) => console.error('waymark: event partition maintenance failed:', error)), 3_600_000);
  maintenance.unref();
  if (await hasDemoKeys(db)) {
    log(`Demo project (development keys, do not use in production): public key ${demoProject.publicKey}, secret key ${demoProject.secretKey}`);
  }
  const app = createApp({
    db,
    reportsDb,
    ...(rateLimits ? { rateLimits } : {}),
    ...(reportTimeoutMs !== undefined ? { reportTimeoutMs } : {}),
    ...(trustedProxies !== undefined ? { trustedProxies } : {}),
    ...(loopback ? { demoIdentity: true } : {}),
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 4400, hostname }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const reportsOn = database.reportsDatabaseUrl ? `, reports on ${describeDatabase({ databaseUrl: database.reportsDatabaseUrl })}` : reportsDb !== db ? (db.kind === 'pglite' ? ', reports on a replica in a worker thread' : '') : '';
  log(`Waymark server on http://localhost:${port}/ (${describeDatabase(database)}${reportsOn})${hasDemo ? `; Chatly demo at http://localhost:${port}/` : ''}`);
  if (options.guide !== false && (await hasDemoKeys(db))) log(demoGuide(port, demoProject.secretKey));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    db,
    close: () =>
      new Promise<void>((resolve) => server.close(() => resolve())).then(async () => {
        clearInterval(maintenance);
        if (reportsDb !== db) await reportsDb.close();
        await db.close();
      }),
  };
}
