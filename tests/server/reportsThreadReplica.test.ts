import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/createApp.ts';
import type { Queryable } from '../../server/db/Db.ts';
import { openDatabase } from '../../server/db/openDatabase.ts';
import type { PgliteDb } from '../../server/db/openPglite.ts';
import { startReportsReplica, type ReportsReplica } from '../../server/db/reportsReplica.ts';
import type { ForwardingDb } from '../../server/db/forwardWrites.ts';
import { insertEvents } from '../../server/store/events.ts';
import { createProject } from '../../server/store/projects.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import { experimentArmsSql } from '../../server/store/analytics/experimentArmsSql.ts';
import { flowFunnelSql } from '../../server/store/analytics/flowFunnelSql.ts';
import { flowTotalsSql } from '../../server/store/analytics/flowTotalsSql.ts';
import { journeyMapSql } from '../../server/store/analytics/journeyMapSql.ts';
import { timeToMilestoneSql } from '../../server/store/analytics/timeToMilestoneSql.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { JOURNEY_MILESTONES, SIMULATED_EXPERIMENT } from '../../scripts/simulation/simulationBundle.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { validBundle } from '../fixtures/flows.ts';
import { T0 } from '../shared/analytics/eventLog.ts';
import { bearer, json } from './support/testServer.ts';

/** A few reports and both fact tables, as one value to compare. */
async function reportsOf(db: Queryable, projectId: string) {
  const links = await db.query(`select anonymous_id, user_id, ts, event_id from identity_links where project_id = $1 order by anonymous_id`, [projectId]);
  const touches = await db.query(`select kind, key, env, user_id, anonymous_id, ts, event_id, variant from first_touches where project_id = $1 order by kind, key, env, user_id, anonymous_id`, [projectId]);
  const flows = await flowTotalsSql(db, projectId);
  const counts = await db.query(`select flow_id, measure, step_id, item, flow_version, env, people from flow_touch_counts where project_id = $1 and people <> 0 order by 1, 2, 3, 4, 5, 6`, [projectId]);
  return {
    links: links.rows,
    touches: touches.rows,
    counts: counts.rows,
    flows,
    funnels: await Promise.all(flows.map((f) => flowFunnelSql(db, projectId, f.flowId))),
    experiment: await experimentArmsSql(db, projectId, SIMULATED_EXPERIMENT),
    journey: await journeyMapSql(db, projectId, JOURNEY_MILESTONES),
    timeTo: await timeToMilestoneSql(db, projectId, JOURNEY_MILESTONES[1]!.id),
  };
}

describe('the embedded store\'s reports replica (PGlite in a worker thread)', () => {
  let opened: PgliteDb;
  let primary: ForwardingDb;
  let replica: ReportsReplica;
  let url = '';
  let close = async () => {};

  beforeAll(async () => {
    opened = (await openDatabase({ dataDir: 'memory://' })) as PgliteDb;
    ({ primary, replica } = await startReportsReplica(opened, { catchUpMs: 0, log: () => {} }));
    await replica.ready;
    const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: createApp({ db: primary, reportsDb: replica, demoDir: null }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await replica.close();
      await primary.close();
    };
  }, 120_000);
  afterAll(() => close());

  /** Waits until the replica has replayed everything the primary committed. */
  const caughtUp = async () => {
    const deadline = Date.now() + 60_000;
    while (replica.fallback === undefined && Date.now() < deadline) {
      const committed = Date.now();
      if ((await replica.asOf()) >= committed) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(replica.fallback).toBeUndefined();
  };

  it('is read-only: a write sent to it fails and leaves it replaying', async () => {
    await expect(replica.query(`insert into schema_migrations values ('x', 0)`)).rejects.toThrow(/read-only/);
    expect(replica.fallback).toBeUndefined();
  });

  it('answers every report as the primary does after shuffled, repeated batches, an identify merge and a rebuild of the facts', async () => {
    const { project } = await createProject(primary, { name: 'Parity' });
    const traffic = generateTraffic({ users: 250, seed: 11, start: T0 });
    const random = mulberry32(4);
    const shuffled = [...traffic].sort(() => random() - 0.5);
    for (let i = 0; i < shuffled.length; i += 300) {
      const batch = shuffled.slice(i, i + 300);
      await insertEvents(primary, project.id, batch, { env: i % 600 === 0 ? 'staging' : 'production' });
      if (random() < 0.3) await insertEvents(primary, project.id, batch);
    }
    // A device's anonymous history merged into a user seen elsewhere, arriving late.
    const device = traffic.find((e) => e.userId === undefined)!;
    await insertEvents(primary, project.id, [{ ...device, id: uuidv7(), type: 'identify', userId: 'merged@acme.example', ts: T0 - 1000, props: {} }]);
    await caughtUp();
    const incremental = await reportsOf(primary, project.id);
    expect(incremental.flows.length).toBeGreaterThan(0);
    expect(await reportsOf(replica, project.id)).toEqual(incremental);

    // A rebuild: transactions of many statements, replayed in the order they committed.
    // The replica is kept busy from the rebuild's last batch on, so its last transaction and the
    // ingest right after it are replayed in one replica transaction: the flow counts are kept again after it.
    let busy: Promise<unknown> = Promise.resolve();
    await rebuildFacts(primary, { projectId: project.id, batch: 400, onBatch: (n) => void (n < 400 && (busy = replica.query('select pg_sleep(2)'))) });
    await insertEvents(primary, project.id, generateTraffic({ users: 20, seed: 12, start: T0 + 86_400_000 }));
    await busy;
    await caughtUp();
    const rebuilt = await reportsOf(primary, project.id);
    expect(rebuilt.counts).not.toEqual(incremental.counts);
    expect(await reportsOf(replica, project.id)).toEqual(rebuilt);
  }, 120_000);

  it('says as of when: a report asked while the replica is busy is as of before the write, and once as of passes the write the report counts it', async () => {
    const { project, secretKey } = await createProject(primary, { name: 'As of' });
    expect((await fetch(`${url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer(secretKey)))).status).toBe(201);
    const started = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: uuidv7(), type: 'flow_started', ts: Date.now(), anonymousId: `a${from + i}`, sessionId: 's', flowId: 'tour-1', flowVersion: 1, props: {} }));
    const funnel = async () => {
      const response = await fetch(`${url}/v1/admin/analytics/flows/tour-1/funnel`, { headers: bearer(secretKey) });
      expect(response.status).toBe(200);
      return { asOf: Date.parse(response.headers.get('waymark-reports-as-of')!), started: ((await response.json()) as any).funnel.started as number };
    };
    expect((await fetch(`${url}/v1/p/${project.publicKey}/events`, json({ events: started(5) }))).status).toBe(200);
    await caughtUp();
    expect((await funnel()).started).toBe(5);

    // The replica is busy with another report when the write commits: the next report cannot wait for it (catch-up budget 0).
    const busy = replica.query('select pg_sleep(1)');
    const beforeWrite = Date.now();
    expect((await fetch(`${url}/v1/p/${project.publicKey}/events`, json({ events: started(7, 5) }))).status).toBe(200);
    const written = Date.now();
    const behind = await funnel();
    await busy;
    // "As of" is a lower bound: the replica may replay the write between the report's queries.
    expect(behind.asOf).toBeLessThan(beforeWrite);
    expect([5, 12]).toContain(behind.started);

    let current = behind;
    const deadline = Date.now() + 15_000;
    while (current.asOf < written && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      current = await funnel();
    }
    expect(current.started).toBe(12);
    expect(current.asOf).toBeGreaterThanOrEqual(written);
  }, 60_000);
});
