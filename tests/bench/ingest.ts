/**
 * Event ingest over HTTP: `POST /v1/p/:key/events` with 500-event batches (the SDK's envelope,
 * ~250 bytes each) against a real server on PGlite (a data folder, as `npm start` runs it) and
 * on a throwaway Postgres cluster (when installed). Events per second and request latency,
 * one client and four at once, for two kinds of batch: the same 50 signed-in users in every batch
 * (one device each), and simulated people (tests' generateTraffic: browsing anonymously, then
 * identify, so anonymous histories merge into people) on a project already holding some. `ingestBench()` is what `npm run bench` calls; run alone with
 * `npx tsx tests/bench/ingest.ts`.
 */
import { serve } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { MAX_EVENTS_PER_BATCH } from '../../shared/schema/eventBatch.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { createApp } from '../../server/createApp.ts';
import { openDatabase, type DatabaseConfig } from '../../server/db/openDatabase.ts';
import { createProject } from '../../server/store/projects.ts';
import { insertEvents } from '../../server/store/events.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { findPostgresBin, startPostgresCluster } from '../server/support/postgresCluster.ts';
import { ms, printTable } from './printTable.ts';

const BATCHES = 40;
const WARMUP = 4;

function batch(anonymousId: string): { events: EventEnvelope[] } {
  const now = Date.now();
  return {
    events: Array.from({ length: MAX_EVENTS_PER_BATCH }, (_, i) => ({
      id: uuidv7(now),
      type: i % 5 === 0 ? 'step_shown' : 'widget_saved',
      ts: now,
      userId: `user-${i % 50}@example.com`,
      anonymousId,
      sessionId: '0190a3c4-5e6f-7a8b-9c0d-1e2f3a4b5c6d',
      flowId: 'widget-tour',
      flowVersion: 1,
      stepId: 'colour',
      props: { index: i % 5, total: 5, plan: 'trial' },
    })),
  };
}

type Traffic = 'fixed users' | 'simulated people';

/** 500-event bodies of simulated people (whole histories, in the generator's order), made over the last two days. */
function simulatedBodies(count: number, seed: number): string[] {
  const traffic = generateTraffic({ users: Math.ceil((count * MAX_EVENTS_PER_BATCH) / 14), seed, start: Date.now() - 2 * 86_400_000, days: 1 });
  const bodies: string[] = [];
  for (let i = 0; bodies.length < count && i + MAX_EVENTS_PER_BATCH <= traffic.length; i += MAX_EVENTS_PER_BATCH) bodies.push(JSON.stringify({ events: traffic.slice(i, i + MAX_EVENTS_PER_BATCH) }));
  if (bodies.length < count) throw new Error('simulated traffic: too few events');
  return bodies;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

interface IngestResult {
  eventsPerSecond: number;
  p50: number;
  p95: number;
}

async function measure(database: DatabaseConfig, concurrency: number, traffic: Traffic): Promise<IngestResult> {
  const db = await openDatabase(database);
  const { project } = await createProject(db, { name: 'Ingest bench' });
  if (traffic === 'simulated people') {
    // People already known: about 16,000 events of 1,000 others, stored as ingest stores them.
    const known = generateTraffic({ users: 1000, seed: 1, start: Date.now() - 3 * 86_400_000, days: 1 });
    for (let i = 0; i < known.length; i += MAX_EVENTS_PER_BATCH) await insertEvents(db, project.id, known.slice(i, i + MAX_EVENTS_PER_BATCH));
    await db.exec('analyze');
  }
  const unlimited = { burst: 1e9, perSecond: 1e9 };
  const http = serve({ fetch: createApp({ db, rateLimits: { public: unlimited, admin: unlimited, client: unlimited } }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => http.once('listening', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/v1/p/${project.publicKey}/events`;
  const bodies = traffic === 'simulated people' ? simulatedBodies(BATCHES + WARMUP, 2) : Array.from({ length: BATCHES + WARMUP }, () => JSON.stringify(batch(uuidv7())));
  const post = async (body: string) => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const answer = (await response.json()) as { accepted?: number };
    if (answer.accepted !== MAX_EVENTS_PER_BATCH) throw new Error(`ingest failed: ${response.status} ${JSON.stringify(answer)}`);
    return performance.now() - started;
  };
  try {
    for (const body of bodies.slice(0, WARMUP)) await post(body);
    const queue = bodies.slice(WARMUP);
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      for (let body = queue.shift(); body; body = queue.shift()) latencies.push(await post(body));
    }));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    return { eventsPerSecond: (BATCHES * MAX_EVENTS_PER_BATCH) / seconds, p50: quantile(latencies, 0.5), p95: quantile(latencies, 0.95) };
  } finally {
    await new Promise((resolve) => http.close(resolve));
    await db.close();
  }
}

/** Prints the ingest table; Postgres rows only when a Postgres install is found (PG_BIN or /usr/lib/postgresql). */
export async function ingestBench(): Promise<void> {
  const rows: string[][] = [];
  const row = (name: string, traffic: Traffic, concurrency: number, r: IngestResult) =>
    rows.push([name, traffic, String(concurrency), Math.round(r.eventsPerSecond).toLocaleString('en-US'), ms(r.p50), ms(r.p95)]);
  const kinds: Traffic[] = ['fixed users', 'simulated people'];
  for (const traffic of kinds) {
    for (const concurrency of [1, 4]) {
      const dir = mkdtempSync(join(tmpdir(), 'waymark-bench-pglite-'));
      try {
        row('PGlite (data folder)', traffic, concurrency, await measure({ dataDir: dir }, concurrency, traffic));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  const bin = findPostgresBin();
  if (bin) {
    const cluster = await startPostgresCluster(bin);
    try {
      for (const traffic of kinds) {
        for (const concurrency of [1, 4]) row('Postgres (local cluster, fsync off)', traffic, concurrency, await measure({ databaseUrl: cluster.url }, concurrency, traffic));
      }
    } finally {
      cluster.stop();
    }
  } else {
    console.log('Postgres is not installed: ingest measured on PGlite only.');
  }
  printTable(`Event ingest over HTTP (${BATCHES} batches of ${MAX_EVENTS_PER_BATCH} events after ${WARMUP} warm-up)`, ['database', 'batches', 'clients', 'events/s', 'p50 per batch', 'p95 per batch'], rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await ingestBench();
