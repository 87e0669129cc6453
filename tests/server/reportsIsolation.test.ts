import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userHash } from '../../server/api/verifyUserHash.ts';
import { openDatabase } from '../../server/db/openDatabase.ts';
import type { PgliteDb } from '../../server/db/openPglite.ts';
import { replicaDataDir } from '../../server/db/reportsReplica.ts';
import { ensureEventPartitions } from '../../server/store/eventPartitions.ts';
import { createProject } from '../../server/store/projects.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, json } from './support/testServer.ts';

const DAY = 86_400_000;
const PEOPLE = 40_000;
const SECRET = 'wm_is_isolation_test';
/** Far above what /healthz, the bundle, user state and a small batch take on an idle store (tens of ms), far below the reports running meanwhile. */
const PRODUCT_BOUND_MS = 1_000;

/**
 * tour-1 for PEOPLE people over the last 20 days, straight into `events` (no facts): a funnel with
 * a date range reads these raw events, which makes it a report that is slow for real (≈1.5 s each
 * on this machine's PGlite).
 */
async function fillEvents(db: PgliteDb, projectId: string, now: number): Promise<void> {
  await ensureEventPartitions(db, now);
  await db.query(
    `insert into events (id, project_id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, props, received_at)
     select (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' || substr(h, 17, 4) || '-' || substr(h, 21, 12))::uuid,
       $1, type, ts, 'u' || p, 'a' || p, 's' || p, 'tour-1', 1, step, '{}'::jsonb, ts
     from (
       select p, ts,
         case when k = 0 then 'flow_started' when k = 6 then 'flow_completed' else 'step_shown' end as type,
         case when k between 1 and 5 then 's' || k end as step,
         lpad(to_hex(ts), 12, '0') || '70008' || lpad(to_hex(p * 8 + k), 15, '0') as h
       from (select p, k, $2::bigint - (p % 20) * $3::bigint - k * 60000 as ts
             from generate_series(1, $4::int) p, generate_series(0, 6) k where k < 2 + (p % 6)) g
     ) x`,
    [projectId, now, DAY, PEOPLE],
  );
  await db.exec('analyze events');
}

interface Timed {
  status: number;
  ms: number;
  end: number;
}

async function timed(request: () => Promise<Response>): Promise<Timed> {
  const started = Date.now();
  const response = await request();
  await response.arrayBuffer();
  const end = Date.now();
  return { status: response.status, ms: end - started, end };
}

describe('reports never starve the product on PGlite (reports on a replica in a worker thread)', () => {
  const now = Date.now();
  let dir = '';
  let dataDir = '';
  let server: RunningServer;
  let publicKey = '';
  let secretKey = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'waymark-isolation-'));
    dataDir = join(dir, 'data');
    const db = (await openDatabase({ dataDir })) as PgliteDb;
    const created = await createProject(db, { name: 'Isolation', identitySecret: SECRET });
    publicKey = created.project.publicKey;
    secretKey = created.secretKey;
    await fillEvents(db, created.project.id, now);
    await db.close();
    // WAYMARK_REPORTS_THREAD=0 in the environment turns the replica off: then this test fails.
    server = await startServer({ port: 0, database: { dataDir }, seedDemo: false, guide: false, log: () => {} });
    expect((await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer(secretKey)))).status).toBe(201);
  }, 240_000);
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the replica beside the data folder, never inside it', () => {
    expect(existsSync(replicaDataDir(dataDir))).toBe(true);
    expect(replicaDataDir(dataDir)).toBe(`${dataDir}.reports`);
  });

  it('answers /healthz, the bundle, user state and an event batch within normal latency while four slow reports run', async () => {
    const report = () => fetch(`${server.url}/v1/admin/analytics/flows/tour-1/funnel?from=${now - 30 * DAY}&to=${now + DAY}`, { headers: bearer(secretKey) });
    // Warm: the replica has loaded and the report's plan is cached.
    const warm = await report();
    expect(warm.status).toBe(200);
    expect(((await warm.json()) as any).funnel.started).toBe(PEOPLE);

    const user = 'lee@acme.example';
    const product = {
      health: () => fetch(`${server.url}/healthz`),
      bundle: () => fetch(`${server.url}/v1/p/${publicKey}/bundle`),
      state: () => fetch(`${server.url}/v1/p/${publicKey}/users/${encodeURIComponent(user)}/state`, { headers: { 'X-Waymark-User-Hash': userHash(SECRET, user) } }),
      batch: () => {
        const events = Array.from({ length: 50 }, (_, i) => ({ id: uuidv7(), type: 'flow_started', ts: Date.now(), anonymousId: `live-${i}`, sessionId: 'live', flowId: 'tour-1', flowVersion: 1, props: {} }));
        return fetch(`${server.url}/v1/p/${publicKey}/events`, json({ events }));
      },
    };

    // The dashboard opened four times at once.
    const started = Date.now();
    const reports = [timed(report), timed(report), timed(report), timed(report)];
    await new Promise((resolve) => setTimeout(resolve, 200));
    const during: Record<string, Timed> = {};
    for (const [name, request] of Object.entries(product)) during[name] = await timed(request);
    const done = await Promise.all(reports);
    const reportsEnd = Math.max(...done.map((r) => r.end));

    const summary = Object.entries(during).map(([name, t]) => `${name} ${t.ms} ms`).join(', ');
    console.log(`reports ${done.map((r) => r.ms).join(', ')} ms; meanwhile ${summary}`);
    expect(done.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    // The reports are slow for real: otherwise this would prove nothing.
    expect(reportsEnd - started).toBeGreaterThanOrEqual(2 * PRODUCT_BOUND_MS);
    for (const [name, t] of Object.entries(during)) {
      expect(t.status, name).toBe(200);
      expect(t.ms, `${name} took ${t.ms} ms while the reports ran`).toBeLessThan(PRODUCT_BOUND_MS);
      // Answered while the reports still ran, not queued behind them.
      expect(t.end, name).toBeLessThan(reportsEnd);
    }
  }, 120_000);
});
