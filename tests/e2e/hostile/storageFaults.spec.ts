import { expect, test, type Page } from '@playwright/test';
import { sdk } from '../support/sdk.ts';

const flows = [
  { schemaVersion: 1, id: 'tour', version: 1, name: 'Tour', kind: 'tour', trigger: { manual: true }, frequency: { type: 'once' }, steps: [
    { id: 'one', type: 'modal', title: 'Step one' },
    { id: 'two', type: 'tooltip', title: 'Step two', anchor: { selectors: [{ kind: 'testid', value: '[data-testid="target"]' }] } },
  ] },
];

/** Starts the SDK on the bare page; returns the errors it reported. */
async function startSdk(page: Page, dbName: string): Promise<void> {
  await page.evaluate(async ({ flows, dbName }) => {
    const errors: Array<{ code: string; message: string }> = ((window as any).__errors = []);
    const events: string[] = ((window as any).__events = []);
    const w = (window as any).Waymark.init({ dbName, flows, onError: (e: { code: string; message: string }) => errors.push(e) });
    w.on('event', (e: { type: string }) => events.push(e.type));
    (window as any).waymark = w;
    await w.ready;
  }, { flows, dbName });
}

/** The tour runs start to end, events flow, and a second start is refused by "once" (kept in memory). */
async function expectWorkingInMemory(page: Page): Promise<void> {
  const { modal, tooltip } = sdk(page);
  await page.evaluate(() => (window as any).waymark.start('tour'));
  await modal.getByRole('button', { name: 'Next' }).click();
  await tooltip.getByRole('button', { name: 'Done' }).click();
  await expect(tooltip).toHaveCount(0);
  await page.evaluate(() => (window as any).waymark.track('after_fallback', { blob: 'y'.repeat(20_000) }));
  await expect.poll(() => page.evaluate(() => (window as any).__events)).toEqual(expect.arrayContaining(['flow_started', 'step_completed', 'flow_completed', 'after_fallback']));
  await page.evaluate(() => (window as any).waymark.start('tour'));
  await page.waitForTimeout(100);
  await expect(modal).toHaveCount(0);
  const errors: Array<{ code: string }> = await page.evaluate(() => (window as any).__errors);
  expect(errors.map((e) => e.code)).toEqual(['storage_fallback']);
}

test.describe('storage faults: the SDK keeps working in memory and says so once', () => {
  test('IndexedDB unavailable (access throws, as in some private modes and sandboxed frames)', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });
    });
    await page.goto('/hostile/blank');
    await startSdk(page, 'unavailable');
    expect(await page.evaluate(() => (window as any).__errors[0].message)).toMatch(/SecurityError|denied/);
    await expectWorkingInMemory(page);
  });

  test('IndexedDB blocked: another tab holds the database open while a newer version waits', async ({ page }) => {
    await page.goto('/hostile/blank');
    await page.evaluate(async () => {
      const open = (version: number) => indexedDB.open('blocked-db', version);
      const first = open(1);
      await new Promise((resolve) => (first.onsuccess = resolve));
      // The old connection ignores versionchange, so this upgrade (and everything queued after it) waits.
      open(2).onblocked = () => ((window as any).__blocked = true);
    });
    await expect.poll(() => page.evaluate(() => (window as any).__blocked)).toBe(true);
    await startSdk(page, 'blocked-db');
    expect(await page.evaluate(() => (window as any).__errors[0].message)).toMatch(/did not open in time/);
    await expectWorkingInMemory(page);
  });

  test('IndexedDB at a newer version than this SDK knows', async ({ page }) => {
    await page.goto('/hostile/blank');
    await page.evaluate(() => new Promise((resolve) => {
      const request = indexedDB.open('newer-db', 99);
      request.onsuccess = () => { request.result.close(); resolve(null); };
    }));
    await startSdk(page, 'newer-db');
    expect(await page.evaluate(() => (window as any).__errors[0].message)).toMatch(/VersionError|version/i);
    await expectWorkingInMemory(page);
  });

  test('quota exceeded while writing: switches to memory mid-session', async ({ page }) => {
    await page.goto('/hostile/blank');
    // A small quota for this origin: the database opens, small writes fit, the big ones below do not.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 200_000 });
    await startSdk(page, 'quota-db');
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([]);
    // Fill past it: 20 events of 30 KB of random (incompressible) text.
    await page.evaluate(() => {
      const random = () => Array.from(crypto.getRandomValues(new Uint32Array(3_000)), (n) => n.toString(36)).join('').slice(0, 30_000);
      for (let i = 0; i < 20; i++) (window as any).waymark.track('fill', { blob: random() });
    });
    await expect.poll(() => page.evaluate(() => (window as any).__errors.map((e: { message: string }) => e.message).join())).toMatch(/QuotaExceeded|quota/i);
    await expectWorkingInMemory(page);
  });
});
