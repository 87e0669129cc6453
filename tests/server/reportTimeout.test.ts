import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { reportSession, ReportTimeoutError } from '../../server/store/analytics/reportSession.ts';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

const TIMEOUT_MS = 400;

describeEachDatabase(
  'report statement timeout',
  (server) => {
    it('a report query past the timeout is cancelled on Postgres; PGlite accepts the setting and lets it run', async () => {
      const session = reportSession(server.db, { timeoutMs: 100 });
      const started = Date.now();
      if (server.kind === 'postgres') {
        await expect(session.query('select pg_sleep(3)')).rejects.toThrow(ReportTimeoutError);
        expect(Date.now() - started).toBeLessThan(2000);
      } else {
        // No timer signal in WebAssembly: the statement runs to its end.
        await expect(session.query('select pg_sleep(0.3) as slept')).resolves.toMatchObject({ rows: [{ slept: '' }] });
        expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      }
      // The setting is local to the report's transaction: the next statement has no limit.
      expect((await server.db.query<{ statement_timeout: string }>('show statement_timeout')).rows[0]!.statement_timeout).toBe('0');
    });

    it.runIf(server.kind === 'postgres')('a report blocked past the timeout answers 503 naming the report, and the next one works', async () => {
      const { project, secretKey } = await server.project();
      expect((await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer(secretKey)))).status).toBe(201);
      const event = { id: uuidv7(), type: 'flow_started', ts: Date.now(), userId: 'u1', anonymousId: 'a1', sessionId: 's1', flowId: 'tour-1', flowVersion: 1, props: {} };
      expect((await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event] }))).status).toBe(200);
      const report = () => fetch(`${server.url}/v1/admin/analytics/flows/tour-1/funnel`, { headers: bearer(secretKey) });

      // A slow report: another session holds the events and the facts while the report waits for them.
      const blocked = await server.db.transaction(async (tx) => {
        await tx.query('lock table events, flow_touches, person_flow_touches in access exclusive mode');
        const started = Date.now();
        const response = await report();
        return { response, body: (await response.json()) as any, ms: Date.now() - started };
      });
      expect(blocked.response.status).toBe(503);
      expect(blocked.response.headers.get('retry-after')).toBe('1');
      expect(blocked.body.error).toMatchObject({ code: 'report_timeout', report: 'flows/tour-1/funnel' });
      expect(blocked.body.error.message).toContain(`report "flows/tour-1/funnel" did not finish within ${TIMEOUT_MS} ms`);
      expect(blocked.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(blocked.ms).toBeLessThan(TIMEOUT_MS + 3000);

      const after = await report();
      expect(after.status).toBe(200);
      expect(((await after.json()) as any).funnel.started).toBe(1);
    });
  },
  { reportTimeoutMs: TIMEOUT_MS },
);
