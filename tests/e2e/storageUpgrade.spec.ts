import { expect, test } from '@playwright/test';
import { sdk } from './support/sdk.ts';

const tour = {
  schemaVersion: 1, id: 'tour', version: 1, name: 'Tour', kind: 'tour', trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, frequency: { type: 'once' },
  steps: [{ id: 'one', type: 'modal', title: 'Step one' }, { id: 'two', type: 'modal', title: 'Step two' }],
};
const seen = { ...tour, id: 'seen', name: 'Seen', steps: [{ id: 'only', type: 'modal', title: 'Already seen' }] };

test.describe('storage upgrade from version 1 (one untyped meta store)', () => {
  test('an existing user keeps their progress, queued events, anonymous id, milestones and history', async ({ page }) => {
    await page.goto('/hostile/blank');
    const userKey = 'a:anon-from-v1';
    // The database as SDK versions with DB_VERSION 1 left it.
    await page.evaluate(async (userKey) => {
      const open = indexedDB.open('upgrade-db', 1);
      open.onupgradeneeded = () => {
        const db = open.result;
        db.createObjectStore('progress', { keyPath: 'key' }).createIndex('byUser', 'userKey');
        db.createObjectStore('events', { keyPath: 'id' });
        db.createObjectStore('meta');
      };
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const tx = db.transaction(['progress', 'events', 'meta'], 'readwrite');
      const progress = (flowId: string, status: string, stepIndex: number) => ({
        key: `${userKey}|${flowId}`, userKey, flowId, flowVersion: 1, status, stepIndex, starts: 1, lastStartedAt: 1, updatedAt: 1, sessionId: 'old-session',
      });
      tx.objectStore('progress').put(progress('tour', 'active', 1));
      tx.objectStore('progress').put(progress('seen', 'completed', 0));
      for (const n of [1, 2]) {
        tx.objectStore('events').put({ id: `0190a000-0000-7000-8000-00000000000${n}`, type: 'queued_before_upgrade', ts: n, anonymousId: 'anon-from-v1', sessionId: 'old-session', props: { n } });
      }
      const meta = tx.objectStore('meta');
      meta.put('anon-from-v1', 'anonymousId');
      meta.put(JSON.stringify(['first_widget']), `milestones|${userKey}`);
      meta.put(JSON.stringify({ first_widget: 1234 }), `milestoneTimes|${userKey}`);
      meta.put(JSON.stringify({ widget_saved: [Date.now() - 1000, Date.now() - 500] }), `events|${userKey}`);
      meta.put('not json', `experiments|${userKey}`);
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, userKey);

    const result = await page.evaluate(async (flows) => {
      const errors: string[] = [];
      const events: Array<{ type: string; anonymousId: string }> = [];
      const w = (window as any).Waymark.init({ dbName: 'upgrade-db', flows, onError: (e: { message: string }) => errors.push(e.message) });
      w.on('event', (e: { type: string; anonymousId: string }) => events.push(e));
      (window as any).waymark = w;
      await w.ready;
      w.track('after_upgrade');
      await w.flush();
      return { errors, events, reached: w.hasReached('first_widget') };
    }, [tour, seen]);

    expect(result.errors).toEqual([]);
    // The tour goes on at its second step; the completed "once" flow stays away.
    await expect(sdk(page).modal.getByRole('heading', { name: 'Step two' })).toBeVisible();
    await expect(sdk(page).modal.getByRole('heading', { name: 'Already seen' })).toHaveCount(0);
    expect(result.reached).toBe(true);
    expect(result.events.find((e) => e.type === 'after_upgrade')?.anonymousId).toBe('anon-from-v1');

    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('upgrade-db');
        open.onsuccess = () => resolve(open.result);
      });
      const all = <T,>(store: string) => new Promise<T[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
      });
      const out = {
        version: db.version,
        stores: [...db.objectStoreNames].sort(),
        events: (await all<{ type: string }>('events')).map((e) => e.type),
        milestones: await all('milestones'),
        history: await all<{ times: Record<string, number[]> }>('history'),
      };
      db.close();
      return out;
    });
    expect(stored.version).toBe(3);
    expect(stored.stores).toEqual(['bundles', 'events', 'experiments', 'history', 'identity', 'milestones', 'pacing', 'pending', 'progress', 'resourceCenter']);
    // The queued events are still there, oldest first, ahead of the new ones.
    expect(stored.events.slice(0, 2)).toEqual(['queued_before_upgrade', 'queued_before_upgrade']);
    expect(stored.events).toContain('after_upgrade');
    expect(stored.milestones).toEqual([{ userKey, reached: { first_widget: 1234 } }]);
    expect(stored.history[0]?.times.widget_saved).toHaveLength(2);
    expect(stored.history[0]?.times.after_upgrade).toHaveLength(1);
  });

  test('destroy() right after a flow ends stores its progress and reports nothing', async ({ page }) => {
    await page.goto('/hostile/blank');
    const dbName = `destroy-${Date.now()}`;
    const init = (dbName: string, flows: unknown[]) => page.evaluate(async ({ flows, dbName }) => {
      const errors: string[] = ((window as any).__errors = []);
      const events: string[] = ((window as any).__events = []);
      const w = (window as any).Waymark.init({ dbName, flows, onError: (e: { code: string }) => errors.push(e.code) });
      w.on('event', (e: { type: string }) => events.push(e.type));
      (window as any).waymark = w;
      await w.ready;
    }, { flows, dbName });
    await init(dbName, [seen]);
    await expect(sdk(page).modal.getByRole('heading', { name: 'Already seen' })).toBeVisible();
    // The click and destroy() in one task: the completed progress is still being written when the SDK goes.
    await page.evaluate(() => {
      const root = document.querySelector('waymark-root')!.shadowRoot!;
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Got it')!.click();
      (window as any).waymark.destroy();
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([]);
    expect(await page.evaluate(() => (window as any).__events)).toContain('flow_completed');
    // The next page view finds the flow completed: "once" keeps it away.
    await init(dbName, [seen]);
    await page.waitForTimeout(300);
    await expect(sdk(page).modal).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__events)).toEqual([]);
    expect(await page.evaluate(() => (window as any).__errors)).toEqual([]);
  });
});
