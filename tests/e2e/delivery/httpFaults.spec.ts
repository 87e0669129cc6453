/**
 * Delivery against the real server (the suite's shared one) with HTTP faults injected in front
 * of it. Every test ends with the server's own count, through the admin export: each numbered
 * event stored exactly once.
 */
import { expect, test } from '@playwright/test';
import { countCheck, demoKeys, runNumbers } from './serverEvents.ts';
import { queuedEvents, sdkErrors, startSdk, trackNumbered, uniqueRun, watchEventRequests } from './page.ts';

const exact = (count: number) => ({ stored: count, distinct: count, missing: 0, duplicated: 0 });
// autoStart off: the demo project's flows stay out of the queue, so the counts are only the test's events.
const fast = { autoStart: false, flushIntervalMs: 20, retry: { baseDelayMs: 50, maxDelayMs: 400 } };

test.describe('event delivery under HTTP faults', () => {
  test('a storm of 500s, some after the server stored the batch: all events once', async ({ page, context, baseURL }) => {
    const run = uniqueRun('storm');
    const dbName = `${run}-db`;
    let calls = 0;
    let lostAnswers = 0;
    await context.route('**/v1/p/*/events', async (route) => {
      calls++;
      if (calls > 8) return route.continue();
      if (calls % 2 === 1) return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"code":"internal","message":"injected"}}' });
      // The server stores the batch, but its answer never reaches the SDK: the retry must not double-count.
      await route.fetch();
      lostAnswers++;
      return route.fulfill({ status: 502, body: 'bad gateway (injected)' });
    });
    await startSdk(page, { ...fast, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } });
    await trackNumbered(page, run, 0, 300, 25);
    await expect.poll(async () => countCheck(await runNumbers(baseURL!, run), 300), { timeout: 20_000 }).toEqual(exact(300));
    expect(lostAnswers).toBe(4);
    await expect.poll(() => queuedEvents(page, dbName)).toBe(0);
    expect((await sdkErrors(page)).filter((e) => e.code === 'events_dropped')).toEqual([]);
  });

  test('429 with Retry-After: the SDK waits as long as told, then delivers everything once', async ({ page, context, baseURL }) => {
    const run = uniqueRun('429');
    const dbName = `${run}-db`;
    const sent = watchEventRequests(context);
    let limited = 0;
    await context.route('**/v1/p/*/events', async (route) => {
      if (limited++ > 0) return route.continue();
      return route.fulfill({ status: 429, headers: { 'Retry-After': '2', 'Content-Type': 'application/json' }, body: '{"error":{"code":"rate_limited","message":"injected"}}' });
    });
    await startSdk(page, { ...fast, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } });
    await trackNumbered(page, run, 0, 40);
    await expect.poll(async () => countCheck(await runNumbers(baseURL!, run), 40), { timeout: 15_000 }).toEqual(exact(40));
    // With a 50 ms backoff the retry would come at once; Retry-After: 2 holds it back two seconds.
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(sent[1]! - sent[0]!).toBeGreaterThanOrEqual(1950);
    await expect.poll(() => queuedEvents(page, dbName)).toBe(0);
  });

  test('a tab closed mid-flush: the next tab sends the rest, nothing lost or doubled', async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const run = uniqueRun('closed');
    const dbName = `${run}-db`;
    const total = 4000;
    // A long flush interval: the events pile up first, then one flush sends them in 40 batches.
    await startSdk(page, { autoStart: false, flushIntervalMs: 600_000, maxQueuedEvents: 10_000, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } });
    await trackNumbered(page, run, 0, total, 500);
    await expect.poll(() => queuedEvents(page, dbName), { timeout: 30_000 }).toBe(total);
    void page.evaluate(() => (window as any).waymark.flush()).catch(() => {});
    // The first batch can take ~11 s to leave on a 2-core runner; polling every 100 ms stays under the admin rate limit (20/s).
    await expect.poll(async () => (await runNumbers(baseURL!, run)).length, { intervals: [100], timeout: 45_000 }).toBeGreaterThan(0);
    await page.close({ runBeforeUnload: true });
    const atClose = (await runNumbers(baseURL!, run)).length;
    expect(atClose).toBeLessThan(total);

    const next = await context.newPage();
    await startSdk(next, { ...fast, maxQueuedEvents: 10_000, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } });
    await expect.poll(async () => countCheck(await runNumbers(baseURL!, run), total), { timeout: 30_000 }).toEqual(exact(total));
    await expect.poll(() => queuedEvents(next, dbName)).toBe(0);
    test.info().annotations.push({ type: 'stored when the tab closed', description: `${atClose} of ${total}` });
  });

  test('two tabs producing at once share one queue and deliver every event once', async ({ context, baseURL }) => {
    const run = uniqueRun('tabs');
    const dbName = `${run}-db`;
    const [a, b] = [await context.newPage(), await context.newPage()];
    const options = { ...fast, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } };
    await Promise.all([startSdk(a, options), startSdk(b, options)]);
    await Promise.all([trackNumbered(a, run, 0, 500, 10), trackNumbered(b, run, 500, 500, 10)]);
    await expect.poll(async () => countCheck(await runNumbers(baseURL!, run), 1000), { timeout: 20_000 }).toEqual(exact(1000));
    await expect.poll(() => queuedEvents(a, dbName)).toBe(0);
  });

  test('a full queue drops the oldest events and reports how many', async ({ page, context, baseURL }) => {
    const run = uniqueRun('cap');
    const dbName = `${run}-db`;
    await context.route('**/v1/p/*/events', (route) => route.abort('connectionrefused'));
    await startSdk(page, { ...fast, maxQueuedEvents: 50, dbName, server: { url: baseURL, publicKey: demoKeys.publicKey } });
    await trackNumbered(page, run, 0, 80);
    const droppedCount = async () =>
      (await sdkErrors(page)).filter((e) => e.code === 'events_dropped').reduce((sum, e) => sum + Number(/^(\d+) event\(s\) not delivered: queue_full$/.exec(e.message)?.[1] ?? NaN), 0);
    await expect.poll(droppedCount).toBe(30);
    expect(await queuedEvents(page, dbName)).toBe(50);
    await context.unroute('**/v1/p/*/events');
    await page.evaluate(() => (window as any).waymark.flush());
    await expect.poll(async () => (await runNumbers(baseURL!, run)).sort((x, y) => x - y), { timeout: 15_000 }).toEqual(Array.from({ length: 50 }, (_, i) => 30 + i));
  });
});
