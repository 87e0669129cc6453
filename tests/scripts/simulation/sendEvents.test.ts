import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { sendEvents } from '../../../scripts/simulation/runSimulation.ts';
import { EventLog, T0 } from '../../shared/analytics/eventLog.ts';

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

it('simulate retries a batch whose connection closed ("other side closed"): batches are idempotent by event id', async () => {
  let requests = 0;
  const stored = new Set<string>();
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests++;
      const { events } = JSON.parse(body) as { events: Array<{ id: string }> };
      const fresh = events.filter((e) => !stored.has(e.id));
      for (const e of fresh) stored.add(e.id);
      // Every other request: stored, then the socket drops before the answer (a stale keep-alive).
      if (requests % 2 === 1) return req.socket.destroy();
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ accepted: fresh.length, duplicates: events.length - fresh.length }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const log = new EventLog();
  for (let i = 0; i < 1200; i++) log.add('page_view', `u${i}`, T0 + i);
  const sent = await sendEvents(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'wm_pk_test', log.events, 2);
  expect(stored.size).toBe(1200);
  // The retried batches were stored by the dropped attempt: they come back as duplicates.
  expect(sent.accepted + sent.duplicates).toBe(1200);
  expect(requests).toBeGreaterThan(2);
});
