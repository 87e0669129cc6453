/**
 * Issue 16: the split core loads event delivery (`waymark.delivery.js`) only after the first step
 * is on screen. Events tracked before it arrives wait in the IndexedDB queue: a page that closes
 * first loses none (the next page delivers them), and a page whose delivery chunk cannot load
 * says so once and keeps them queued. The user state's sync is a chunk of its own.
 */
import { expect, test, type Page } from '@playwright/test';
import { queuedEvents, sdkErrors, trackNumbered, uniqueRun } from './page.ts';
import { countCheck, demoKeys, runNumbers } from './serverEvents.ts';

const exact = (count: number) => ({ stored: count, distinct: count, missing: 0, duplicated: 0 });

/** The blank host page with the split core in place of the one-file build, started on `dbName` against the shared server. */
async function startSplitCore(page: Page, dbName: string, serverUrl: string): Promise<void> {
  await page.goto('/hostile/blank');
  await page.waitForFunction(() => (window as any).Waymark !== undefined);
  await page.addScriptTag({ url: '/sdk/waymark.core.js' });
  await page.evaluate(async ({ dbName, url, publicKey }) => {
    const errors: unknown[] = ((window as any).__wmErrors = []);
    const w = (window as any).Waymark.init({ dbName, autoStart: false, flushIntervalMs: 20, server: { url, publicKey }, onError: (e: unknown) => errors.push(e) });
    (window as any).waymark = w;
    await w.ready;
  }, { dbName, url: serverUrl, publicKey: demoKeys.publicKey });
}

test('events tracked before the delivery chunk arrives stay queued; the page closes, the next one delivers each once', async ({ browser, baseURL }) => {
  const run = uniqueRun('deferred');
  const dbName = `${run}-db`;
  const context = await browser.newContext();
  const first = await context.newPage();
  const pageErrors: string[] = [];
  first.on('pageerror', (e) => pageErrors.push(e.message));
  // The delivery chunk is asked for and never answered, as on a page closed before it arrives.
  const asked: string[] = [];
  await first.route('**/sdk/waymark.delivery.js*', (route) => void asked.push(route.request().url()));
  await startSplitCore(first, dbName, baseURL!);
  await trackNumbered(first, run, 0, 30, 10);
  await expect.poll(() => asked.length).toBe(1);
  expect(asked[0]).toMatch(/\/sdk\/waymark\.delivery\.js\?v=\d+\.\d+\.\d+$/);
  await expect.poll(() => queuedEvents(first, dbName)).toBeGreaterThanOrEqual(30);
  expect(await runNumbers(baseURL!, run)).toEqual([]);
  expect(pageErrors).toEqual([]);
  await first.close();

  const second = await context.newPage();
  await startSplitCore(second, dbName, baseURL!);
  await expect.poll(async () => countCheck(await runNumbers(baseURL!, run), 30), { timeout: 15_000 }).toEqual(exact(30));
  await expect.poll(() => queuedEvents(second, dbName)).toBe(0);
  await context.close();
});

test('a delivery chunk that cannot load is reported once (naming the file); events stay queued and the page keeps working', async ({ page, baseURL }) => {
  const run = uniqueRun('no-delivery');
  const dbName = `${run}-db`;
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.route('**/sdk/waymark.delivery.js*', (route) => route.abort('connectionrefused'));
  await startSplitCore(page, dbName, baseURL!);
  await trackNumbered(page, run, 0, 10);
  await expect.poll(async () => (await sdkErrors(page)).filter((e) => e.code === 'load_failed').length).toBe(1);
  expect((await sdkErrors(page)).find((e) => e.code === 'load_failed')!.message).toContain('waymark.delivery.js');
  await page.evaluate(() => (window as any).waymark.flush());
  await expect.poll(() => queuedEvents(page, dbName)).toBeGreaterThanOrEqual(10);
  expect(await runNumbers(baseURL!, run)).toEqual([]);
  expect((await sdkErrors(page)).filter((e) => e.code === 'load_failed')).toHaveLength(1);
  expect(pageErrors).toEqual([]);
});

test('the sync is a chunk of its own, asked for only with syncUserState; one that cannot load is reported once (naming the file) and start-up still finishes', async ({ page, baseURL }) => {
  const run = uniqueRun('no-sync');
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = /\/sdk\/(waymark\.[\w.-]+\.js)/.exec(request.url());
    if (match) requested.push(match[1]!);
  });
  await page.route('**/sdk/waymark.sync.js*', (route) => route.abort('connectionrefused'));
  await startSplitCore(page, `${run}-db`, baseURL!);
  expect(requested).not.toContain('waymark.sync.js');

  await page.evaluate(async ({ dbName, url, publicKey }) => {
    const errors: unknown[] = ((window as any).__wmErrors = []);
    const w = (window as any).Waymark.init({ dbName, userId: 'sync-user', autoStart: false, server: { url, publicKey, syncUserState: true }, onError: (e: unknown) => errors.push(e) });
    await w.ready;
  }, { dbName: `${run}-sync-db`, url: baseURL!, publicKey: demoKeys.publicKey });
  expect(requested).toContain('waymark.sync.js');
  const failures = (await sdkErrors(page)).filter((e) => e.code === 'load_failed');
  expect(failures).toHaveLength(1);
  expect(failures[0]!.message).toContain('waymark.sync.js');
  expect(pageErrors).toEqual([]);
});
