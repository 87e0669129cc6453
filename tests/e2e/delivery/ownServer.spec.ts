/**
 * A Waymark server in its own process (own port and PGlite folder) that is down at first,
 * killed with SIGKILL mid-ingest and restarted, stopped while the SDK relies on its cached flows,
 * and published to with the CLI. Delivery pages come from the suite's shared server, so they
 * load while this one is down. Serial: one server, in turn.
 */
import { expect, test, type Response } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { serverProcess, type ServerProcess } from '../../support/serverProcess.ts';
import { flow } from '../support/customFlows.ts';
import { sdk, sdkReady } from '../support/sdk.ts';
import { queuedEvents, sdkErrors, startSdk, trackNumbered, uniqueRun, watchEventRequests } from './page.ts';
import { countCheck, demoKeys, runNumbers } from './serverEvents.ts';

test.describe.configure({ mode: 'serial' });

const exact = (count: number) => ({ stored: count, distinct: count, missing: 0, duplicated: 0 });
const fast = { autoStart: false, flushIntervalMs: 20, retry: { baseDelayMs: 100, maxDelayMs: 1000 } };

let server: ServerProcess;

test.beforeAll(async () => {
  server = await serverProcess();
});

test.afterEach(async ({}, info) => {
  if (info.status !== info.expectedStatus) await info.attach('server output', { body: server.output, contentType: 'text/plain' });
});

test.afterAll(async () => {
  await server?.kill('SIGTERM');
});

test('server down at first, then up: everything queued arrives once', async ({ page, context }) => {
  test.setTimeout(150_000);
  const run = uniqueRun('down-up');
  const dbName = `${run}-db`;
  const attempts = watchEventRequests(context);
  await startSdk(page, { ...fast, dbName, server: { url: server.url, publicKey: demoKeys.publicKey } });
  expect((await sdkErrors(page)).map((e) => e.code)).toContain('load_failed');
  await trackNumbered(page, run, 0, 200, 20);
  await expect.poll(() => queuedEvents(page, dbName)).toBe(200);
  await expect.poll(() => attempts.length).toBeGreaterThanOrEqual(2);

  await server.start();
  await expect.poll(async () => countCheck(await runNumbers(server.url, run), 200), { timeout: 20_000 }).toEqual(exact(200));
  await expect.poll(() => queuedEvents(page, dbName)).toBe(0);
  console.log(`[fault matrix] server down then up: ${attempts.length} attempts, 200 of 200 stored once`);
});

test('server killed with SIGKILL mid-ingest and restarted: no acknowledged event lost, none doubled', async ({ page }) => {
  test.setTimeout(150_000);
  await server.start();
  const run = uniqueRun('sigkill');
  const dbName = `${run}-db`;
  const total = 3000;
  await startSdk(page, { ...fast, flushIntervalMs: 600_000, maxQueuedEvents: 10_000, dbName, server: { url: server.url, publicKey: demoKeys.publicKey } });
  await trackNumbered(page, run, 0, total, 500);
  await expect.poll(() => queuedEvents(page, dbName), { timeout: 30_000 }).toBe(total);
  void page.evaluate(() => (window as any).waymark.flush()).catch(() => {});
  await expect.poll(async () => (await runNumbers(server.url, run)).length, { intervals: [20], timeout: 15_000 }).toBeGreaterThan(0);
  await server.kill('SIGKILL');
  const queuedAtKill = await queuedEvents(page, dbName);
  expect(queuedAtKill).toBeGreaterThan(0);

  await server.start();
  await expect.poll(async () => countCheck(await runNumbers(server.url, run), total), { timeout: 30_000 }).toEqual(exact(total));
  await expect.poll(() => queuedEvents(page, dbName)).toBe(0);
  console.log(`[fault matrix] SIGKILL mid-ingest: ${queuedAtKill} of ${total} still queued at the kill; after restart ${total} of ${total} stored once`);
});

test('flows come with an ETag (304 on revalidation) and show from the IndexedDB cache while the server is down', async ({ page }) => {
  test.setTimeout(90_000);
  await server.start();
  const bundle = {
    schemaVersion: 1,
    flows: [flow('cached-welcome', 'modal', [{ id: 'hello', type: 'modal', title: 'Served by the Waymark server' }], { frequency: { type: 'every_session' } })],
    milestones: [],
  };
  const published = await fetch(`${server.url}/v1/admin/releases`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${demoKeys.secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ env: 'production', bundle }),
  });
  expect(published.status).toBe(201);

  const answers: number[] = [];
  page.on('response', (response: Response) => {
    if (response.url().startsWith(`${server.url}/v1/p/${demoKeys.publicKey}/bundle`)) answers.push(response.status());
  });
  const options = { dbName: uniqueRun('bundle-cache'), server: { url: server.url, publicKey: demoKeys.publicKey } };
  const modal = sdk(page).modal.getByRole('heading', { name: 'Served by the Waymark server' });
  await startSdk(page, options);
  await expect(modal).toBeVisible();
  expect(answers).toEqual([200]);

  await page.reload();
  await startSdk(page, options);
  await expect(modal).toBeVisible();
  expect(answers).toEqual([200, 304]);

  await server.kill('SIGTERM');
  await page.reload();
  await startSdk(page, options);
  await expect(modal).toBeVisible();
  expect((await sdkErrors(page)).find((e) => e.code === 'load_failed')?.message).toContain('using the cached copy');
});

test('a PM publishes with the CLI and the demo shows the new flow on its next load', async ({ page }, info) => {
  test.setTimeout(90_000);
  await server.start();
  const bundle = JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8'));
  bundle.flows.push(flow('cli-news', 'modal', [{ id: 'news', type: 'modal', title: 'Published from the CLI' }], { priority: 100, trigger: { pages: { include: [{ type: 'exact', value: '/' }] } } }));
  const file = info.outputPath('bundle.json');
  writeFileSync(file, JSON.stringify(bundle));

  await page.goto(`${server.url}/?user=pm-check`);
  await sdkReady(page);
  const news = sdk(page).modal.getByRole('heading', { name: 'Published from the CLI' });
  await expect(news).toHaveCount(0);

  const { stdout } = await promisify(execFile)(process.execPath, ['bin/waymark.js', 'publish', file, '--server', server.url, '--key', demoKeys.secretKey, '--env', 'production']);
  expect(stdout).toMatch(/release \d+/i);

  await page.reload();
  await expect(news).toBeVisible();
  await news.page().keyboard.press('Escape');
  await expect(sdk(page).tooltip.getByRole('heading', { name: 'Make the chat bubble yours' })).toBeVisible();
});
