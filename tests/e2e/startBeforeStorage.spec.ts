import { expect, test, type Page } from '@playwright/test';
import { sdk } from './support/sdk.ts';

const hello = {
  schemaVersion: 2, id: 'hello', version: 1, name: 'Hello', kind: 'modal', trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, frequency: { type: 'once' },
  steps: [{ id: 'm', type: 'modal', title: 'Welcome aboard' }],
};

async function start(page: Page, dbName: string): Promise<void> {
  await page.evaluate(({ dbName, flows }) => {
    const errors: string[] = ((window as any).__errors = []);
    (window as any).waymark = (window as any).Waymark.init({ dbName, flows, onError: (e: { code: string }) => errors.push(e.code) });
  }, { dbName, flows: [hello] });
}

test.describe('starting before IndexedDB answers', () => {
  test('a first visit shows its flow while the database is still opening, and the database catches up', async ({ page }) => {
    // Every IndexedDB open answers 1.5 s late.
    await page.addInitScript(() => {
      const open = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: [string, number?]) {
        const request = open.apply(this, args);
        request.addEventListener('success', (event) => {
          event.stopImmediatePropagation();
          setTimeout(() => request.dispatchEvent(new Event('success')), 1500);
        }, { once: true });
        return request;
      };
    });
    await page.goto('/hostile/blank');
    const dbName = `early-${Date.now()}`;
    const started = Date.now();
    await start(page, dbName);
    await expect(sdk(page).modal.getByRole('heading', { name: 'Welcome aboard' })).toBeVisible();
    expect(Date.now() - started).toBeLessThan(1500);
    await sdk(page).modal.getByRole('button', { name: 'Got it' }).click();
    await page.evaluate(() => (window as any).waymark.ready);
    // What happened before the database opened is stored in it: the progress and the events.
    const stored = await page.evaluate((dbName) => new Promise<{ status: string; events: string[] }>((resolve) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => {
        const tx = open.result.transaction(['progress', 'events']);
        const progress = tx.objectStore('progress').getAll();
        const events = tx.objectStore('events').getAll();
        tx.oncomplete = () => resolve({ status: progress.result[0]?.status, events: events.result.map((e: { type: string }) => e.type) });
      };
    }), dbName);
    expect(stored.status).toBe('completed');
    expect(stored.events).toEqual(['flow_started', 'step_shown', 'step_completed', 'flow_completed']);
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([]);
  });

  test('a flow seen in one tab stays away in a tab opened after it (the frequency mirror is shared)', async ({ context }) => {
    const dbName = `tabs-${Date.now()}`;
    const first = await context.newPage();
    await first.goto('/hostile/blank');
    await start(first, dbName);
    await sdk(first).modal.getByRole('button', { name: 'Got it' }).click();
    await expect(sdk(first).modal).toHaveCount(0);
    const second = await context.newPage();
    await second.goto('/hostile/blank');
    await start(second, dbName);
    await second.evaluate(() => (window as any).waymark.ready);
    await second.waitForTimeout(300);
    await expect(sdk(second).modal).toHaveCount(0);
    const mirror = await second.evaluate((dbName) => JSON.parse(localStorage.getItem(`waymark:${dbName}:frequency`) ?? 'null'), dbName);
    expect(Object.values(mirror.users as Record<string, { flows: Record<string, { status: string }> }>)[0]!.flows.hello!.status).toBe('completed');
  });
});
