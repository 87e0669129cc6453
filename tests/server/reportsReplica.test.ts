import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { createApp } from '../../server/createApp.ts';
import type { Db } from '../../server/db/Db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPostgres } from '../../server/db/openPostgres.ts';
import { createProject } from '../../server/store/projects.ts';
import { validBundle } from '../fixtures/flows.ts';
import { EventLog, T0 } from '../shared/analytics/eventLog.ts';
import { findPostgresBin, startPostgresCluster, startStandbyCluster, type PostgresCluster } from './support/postgresCluster.ts';
import { bearer, json } from './support/testServer.ts';

const bin = findPostgresBin();

describe.runIf(bin !== undefined)('reports on a streaming replica (Postgres primary + hot standby from pg_basebackup -R)', () => {
  let primary: PostgresCluster;
  let standby: PostgresCluster;
  let db: Db;
  let replica: Db;
  let url = '';
  let close = async () => {};

  beforeAll(async () => {
    primary = await startPostgresCluster(bin!);
    db = await openPostgres(primary.url);
    await migrate(db);
    standby = await startStandbyCluster(bin!, primary);
    replica = await openPostgres(standby.url, { max: 2 });
    const http = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: createApp({ db, reportsDb: replica }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    close = async () => {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await replica.close();
      await db.close();
    };
  }, 120_000);
  afterAll(async () => {
    await close();
    standby?.stop();
    primary?.stop();
  });

  it('ingest goes to the primary, reports read the replica and say as of when', async () => {
    expect((await replica.query<{ replica: boolean }>('select pg_is_in_recovery() as replica')).rows[0]!.replica).toBe(true);
    await expect(replica.query(`insert into schema_migrations values ('x', 0)`)).rejects.toThrow(/read-only/);

    const { project, secretKey } = await createProject(db, { name: 'Replica' });
    expect((await fetch(`${url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer(secretKey)))).status).toBe(201);
    const log = new EventLog();
    for (let i = 0; i < 50; i++) log.tour(`u${i}`, T0 + i * 1000, 'tour-1', ['s1', 's2'], 1 + (i % 2), i % 3 === 0 ? 'completed' : 'none');
    const sentAt = Date.now();
    expect((await fetch(`${url}/v1/p/${project.publicKey}/events`, json({ events: log.events }))).status).toBe(200);

    // The replica catches up within moments; until then a report counts what it has replayed.
    let funnel: any;
    let asOf = '';
    const deadline = Date.now() + 15_000;
    do {
      const response = await fetch(`${url}/v1/admin/analytics/flows/tour-1/funnel`, { headers: bearer(secretKey) });
      expect(response.status).toBe(200);
      asOf = response.headers.get('waymark-reports-as-of') ?? '';
      funnel = ((await response.json()) as any).funnel;
      if (funnel.started === 50) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } while (Date.now() < deadline);
    expect(funnel.started).toBe(50);
    expect(funnel.completed).toBe(17);
    expect(Date.parse(asOf)).toBeGreaterThanOrEqual(sentAt - 1000);
    expect(Date.parse(asOf)).toBeLessThanOrEqual(Date.now());
    // The primary answered the ingest; the replica has the events and the facts written with them.
    expect((await replica.query<{ n: number }>('select count(*)::int as n from first_touches where project_id = $1 and kind = $2', [project.id, 'flow_started'])).rows[0]!.n).toBe(50);
  });

  it('a replica that has not replayed everything reports the time of the last transaction it replayed', async () => {
    await replica.query('select pg_wal_replay_pause()');
    try {
      const { project } = await createProject(db, { name: 'Paused' });
      await db.query('select pg_switch_wal()');
      const { reportsAsOf } = await import('../../server/store/analytics/reportsAsOf.ts');
      const later = Date.now() + 60_000;
      // Wait until the replica has received what it may not replay yet.
      const deadline = Date.now() + 10_000;
      let asOf = later;
      while (Date.now() < deadline && (asOf = await reportsAsOf(replica, later)) === later) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(asOf).toBeLessThan(later);
      expect((await replica.query('select 1 from projects where id = $1', [project.id])).rows).toHaveLength(0);
    } finally {
      await replica.query('select pg_wal_replay_resume()');
    }
  });
});
