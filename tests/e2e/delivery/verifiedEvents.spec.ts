/**
 * Issue 12, finding 5: on a project that verifies identity (the demo project, like every new one),
 * the SDK sends each signed-in user's hash with their event batches, so the server counts their
 * events as verified; events made up with only the public key are not.
 */
import { expect, test } from '@playwright/test';
import { exportEvents } from './serverEvents.ts';
import { sdkErrors, uniqueRun } from './page.ts';

test('the demo page signs its user: their events are verified, forged ones for the same user are not', async ({ page, baseURL }) => {
  const user = `${uniqueRun('verified')}@acme-shoes.example`;
  await page.goto(`/team?user=${encodeURIComponent(user)}`);
  await page.waitForFunction(() => (window as any).waymark !== undefined);
  await page.evaluate(() => (window as any).waymark.track('widget_saved'));
  await page.evaluate(() => (window as any).waymark.flush());
  await expect.poll(async () => (await exportEvents(baseURL!)).filter((e) => e.userId === user && e.type === 'widget_saved').length).toBe(1);

  const forged = { id: `01900000-0000-7000-8000-${Date.now().toString(16).padStart(12, '0').slice(-12)}`, type: 'widget_saved', ts: Date.now(), userId: user, anonymousId: 'forger', sessionId: 'forger', props: {} };
  expect((await fetch(`${baseURL}/v1/p/wm_pk_demo/events`, { method: 'POST', body: JSON.stringify({ events: [forged] }) })).status).toBe(200);
  const mine = (await exportEvents(baseURL!)).filter((e) => e.userId === user);
  expect(mine.filter((e) => e.anonymousId !== 'forger').every((e) => e.verified)).toBe(true);
  expect(mine.find((e) => e.anonymousId === 'forger')?.verified).toBe(false);
});

test('server.userHash as a function is asked for each user the page signs in, and a failing one is reported, not thrown', async ({ page, baseURL }) => {
  const first = uniqueRun('fn-first');
  const second = uniqueRun('fn-second');
  await page.goto('/hostile/blank');
  await page.waitForFunction(() => (window as any).Waymark !== undefined);
  const asked = await page.evaluate(
    async ({ first, second, url }) => {
      const asked: string[] = [];
      const errors: unknown[] = ((window as any).__wmErrors = []);
      const w = (window as any).Waymark.init({
        dbName: `${first}-db`,
        flushIntervalMs: 50,
        userId: first,
        onError: (e: unknown) => errors.push(e),
        server: {
          url,
          publicKey: 'wm_pk_demo',
          userHash: async (id: string) => {
            asked.push(id);
            if (id.startsWith('broken')) throw new Error('backend down');
            return (await (await fetch(`/demo/user-hash?userId=${encodeURIComponent(id)}`)).json()).userHash;
          },
        },
      });
      (window as any).waymark = w;
      await w.ready;
      w.track('first_event');
      w.identify(second);
      await new Promise((resolve) => setTimeout(resolve, 300));
      w.track('second_event');
      w.identify('broken-user');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await w.flush();
      return asked;
    },
    { first, second, url: baseURL! },
  );
  expect(asked).toEqual([first, second, 'broken-user']);
  const tracked = async () => (await exportEvents(baseURL!)).filter((e) => e.type.endsWith('_event') && (e.userId === first || e.userId === second));
  await expect.poll(async () => (await tracked()).length).toBe(2);
  const stored = await tracked();
  expect(stored.map((e) => [e.type, e.verified]).sort()).toEqual([['first_event', true], ['second_event', true]]);
  expect((await sdkErrors(page)).map((e) => e.message)).toContain('server.userHash("broken-user") failed: Error: backend down');
});
