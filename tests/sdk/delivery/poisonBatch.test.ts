/**
 * One event the server cannot take (it answers 5xx for any batch holding it) must not hold back
 * the events queued with it; a server that is down must not lose any (issue 12, finding 4).
 * The server here is a real HTTP server on a free port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EventDelivery } from '../../../sdk/delivery/EventDelivery.ts';
import { createEvent } from '../../../sdk/events/createEvent.ts';
import { toJsonProps } from '../../../sdk/events/toJsonProps.ts';
import { MemoryStore } from '../../../sdk/storage/MemoryStore.ts';

let server: Server;
let port = 0;
/** What the server does with one request body: the status it answers. */
let answer: (ids: string[]) => number = () => 200;
const accepted: string[] = [];
let requests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests++;
      const ids = (JSON.parse(body) as { events: { id: string }[] }).events.map((e) => e.id);
      const status = answer(ids);
      if (status === 200) accepted.push(...ids);
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{}' : '{"error":{"code":"internal","message":"boom"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function queue(count: number) {
  const store = new MemoryStore();
  const events = Array.from({ length: count }, (_, i) => createEvent('clicked', { anonymousId: 'a', sessionId: 's' }, { props: { i } }, Date.now() + i));
  for (const event of events) await store.addEvent(event);
  const dropped: [string, number][] = [];
  const delivery = new EventDelivery({
    endpoint: `http://127.0.0.1:${port}/events`, store, lockName: 'test', maxBatch: 50, maxQueued: 1000, flushDelayMs: 1,
    backoff: { baseMs: 2, maxMs: 20 },
    onDropped: (reason, n) => dropped.push([reason, n]),
    onError: () => {},
  });
  return { store, events, dropped, delivery };
}

describe('a batch that keeps failing with 5xx', () => {
  it('is bisected: the one bad event is dropped (counted, reported), every other event is delivered', async () => {
    const { store, events, dropped, delivery } = await queue(20);
    const poison = events[13]!.id;
    accepted.length = 0;
    answer = (ids) => (ids.includes(poison) ? 500 : 200);
    void delivery.flush();
    await vi.waitFor(async () => expect(await store.countEvents()).toBe(0), { timeout: 10_000, interval: 20 }).finally(() => delivery.stop());
    expect(new Set(accepted)).toEqual(new Set(events.map((e) => e.id).filter((id) => id !== poison)));
    expect(dropped).toEqual([['server_error', 1]]);
  });

  it('loses nothing while the whole server is down, and delivers everything once it is back', async () => {
    const { store, events, dropped, delivery } = await queue(12);
    accepted.length = 0;
    requests = 0;
    answer = () => (requests > 40 ? 200 : 503);
    void delivery.flush();
    await vi.waitFor(async () => expect(await store.countEvents()).toBe(0), { timeout: 20_000, interval: 20 }).finally(() => delivery.stop());
    expect(new Set(accepted)).toEqual(new Set(events.map((e) => e.id)));
    expect(dropped).toEqual([]);
  });
});

describe('event props are capped before queueing', () => {
  it('props nested deeper than 16 levels are refused; 16 levels are kept', () => {
    const nest = (levels: number) => {
      let value: Record<string, unknown> = { leaf: 1 };
      for (let i = 1; i < levels; i++) value = { child: value };
      return value;
    };
    expect(toJsonProps(nest(16))).toEqual(nest(16));
    expect(toJsonProps(nest(17))).toBeNull();
    expect(toJsonProps(nest(5000))).toBeNull();
  });

  it('props over 32 KB are refused', () => {
    expect(toJsonProps({ text: 'x'.repeat(32_000) })).not.toBeNull();
    expect(toJsonProps({ text: 'x'.repeat(33_000) })).toBeNull();
  });
});
