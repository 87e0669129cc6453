/**
 * A burst of tracked events: the page tracks BURST events in one task and asks for a flush at
 * once. Measured: when all of them are stored in IndexedDB, and when the first batch leaves for
 * the server (a local HTTP server that accepts every batch).
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { median } from './printTable.ts';

const BURST = 4000;
const RUNS = 3;

export interface BurstResult {
  storedMs: number;
  firstBatchMs: number;
}

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>burst</title></head><body><script src="/lib.js"></script></body></html>`;

export async function eventBurst(browser: Browser): Promise<BurstResult> {
  const js = readFileSync('dist/sdk/waymark.iife.js', 'utf8');
  let firstBatchAt = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const cors = { 'access-control-allow-origin': '*' };
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (path === '/lib.js') return response.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    if (path.endsWith('/bundle')) return response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"schemaVersion":2,"flows":[]}');
    if (path.endsWith('/events')) {
      if (!firstBatchAt) firstBatchAt = performance.now();
      request.resume();
      return request.on('end', () => response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"accepted":0}'));
    }
    response.writeHead(404, cors).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stored: number[] = [];
  const firstBatch: number[] = [];
  const open = async (run: number) => {
    const context = await browser.newContext();
    const p = await context.newPage();
    await p.goto(`${origin}/`);
    const dbName = `burst-${run}-${Date.now()}`;
    await p.evaluate(`(async () => {
      const w = window.Waymark.init({ dbName: ${JSON.stringify(dbName)}, autoStart: false, flushIntervalMs: 600000, maxQueuedEvents: 10000, onError() {}, server: { url: ${JSON.stringify(origin)}, publicKey: 'wm_pk_bench', syncUserState: false } });
      window.waymark = w;
      await w.ready;
    })()`);
    return { context, p, dbName };
  };
  try {
    for (let run = 0; run < RUNS; run++) {
      // Stored: the burst alone, then the queue read straight from IndexedDB until it holds every event.
      const a = await open(run);
      // A string, not a function: the bench runner's compiler would name inner functions with a helper the page lacks.
      stored.push(await a.p.evaluate(`(async () => {
        const t0 = performance.now();
        const w = window.waymark;
        for (let i = 0; i < ${BURST}; i++) w.track('load_test', { n: i });
        const queued = () => new Promise((resolve) => {
          const open = indexedDB.open(${JSON.stringify(a.dbName)});
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction('events').objectStore('events').count();
            request.onsuccess = () => (db.close(), resolve(request.result));
          };
        });
        while ((await queued()) < ${BURST}) await new Promise((resolve) => setTimeout(resolve, 20));
        return performance.now() - t0;
      })()`));
      await a.context.close();
      // First batch: the burst and a flush asked for at once.
      const b = await open(run + RUNS);
      firstBatchAt = 0;
      const t0 = performance.now();
      await b.p.evaluate((count) => {
        const w = (window as any).waymark;
        for (let i = 0; i < count; i++) w.track('load_test', { n: i });
        void w.flush();
      }, BURST);
      const deadline = Date.now() + 60_000;
      while (!firstBatchAt && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      firstBatch.push(firstBatchAt ? firstBatchAt - t0 : NaN);
      await b.context.close();
    }
  } finally {
    server.close();
  }
  return { storedMs: median(stored), firstBatchMs: median(firstBatch) };
}
