import { expect, test, type Page } from '@playwright/test';
import { sdk, sdkReady } from './support/sdk.ts';

test.describe('the SDK never throws into the page', () => {
  test('bad API calls are reported, not thrown, and the SDK keeps working', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/settings');
    await sdkReady(page);
    const reported = await page.evaluate(async () => {
      const errors: string[] = [];
      const w = (window as any).waymark;
      w.on('error', (e: { message: string }) => errors.push(e.message));
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      w.identify(null);
      w.identify('');
      w.identify('x'.repeat(10_000));
      w.track(123);
      w.track('ok_event', cyclic);
      w.track('bad', 'not-an-object');
      w.track('huge', { blob: 'x'.repeat(100_000) });
      let deep: Record<string, unknown> = {};
      for (let i = 0; i < 5000; i++) deep = { deep };
      w.track('deep', deep);
      w.start(42);
      w.start('no-such-flow');
      w.on('flow_started', null);
      w.off('flow_started', undefined);
      w.on('event', () => {
        throw new Error('listener bug');
      });
      w.track('after_listener_bug');
      await new Promise((r) => setTimeout(r, 100));
      return errors;
    });
    expect(pageErrors).toEqual([]);
    expect(reported.sort()).toEqual([
      'identify(userId): userId must be a non-empty string of at most 200 characters',
      'identify(userId): userId must be a non-empty string of at most 200 characters',
      'identify(userId): userId must be a non-empty string of at most 200 characters',
      'track(name): name must be 1–200 characters of letters, digits, space and _ . : $ -',
      'track("bad", props): props must be a plain object of JSON values under 32 KB, nested at most 16 levels',
      'track("huge", props): props must be a plain object of JSON values under 32 KB, nested at most 16 levels',
      'track("deep", props): props must be a plain object of JSON values under 32 KB, nested at most 16 levels',
      'start(flowId): flowId must be a string',
      'start("no-such-flow"): no such flow',
      // Once for `ok_event` (its cyclic props were cut, not refused) and once for `after_listener_bug`.
      'a listener threw: Error: listener bug',
      'a listener threw: Error: listener bug',
    ].sort());
    await page.getByTestId('whats-new').click();
    await expect(sdk(page).modal).toBeVisible();
  });

  test('an invalid flow is rejected with its path; the valid ones still run', async ({ page }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/integrations');
    await sdkReady(page);
    const errors = await page.evaluate(async () => {
      (window as any).waymark.destroy();
      const errors: Array<{ code: string; flowId?: string; details?: string[] }> = [];
      const flow = (id: string, step: Record<string, unknown>) => ({
        schemaVersion: 1, id, version: 1, name: id, kind: 'tour', trigger: { pages: { include: [{ type: 'exact', value: '/integrations' }] } },
        frequency: { type: 'once' }, steps: [step],
      });
      const instance = (window as any).Waymark.init({
        dbName: 'robustness',
        onError: (e: { code: string; flowId?: string; details?: string[] }) => errors.push(e),
        flows: [
          flow('broken', { id: 's1', type: 'tooltip', title: 'No anchor' }),
          flow('works', { id: 's1', type: 'tooltip', title: 'Connect here', anchor: { selectors: [{ kind: 'testid', value: '[data-testid="connect-chatbot"]' }] } }),
        ],
      });
      await instance.ready;
      return errors;
    });
    expect(pageErrors).toEqual([]);
    expect(errors).toEqual([{ code: 'invalid_flow', flowId: 'broken', message: expect.any(String), details: ['flows[0].steps[0].anchor: required for tooltip steps'] }]);
    // The anchor is rendered ~600 ms after the route loads; the step waits for it.
    await expect(sdk(page).tooltip.getByRole('heading', { name: 'Connect here' })).toBeVisible();
  });
});

/** The demo's page with its SDK swapped for the split core, `chunk` failing to load; page errors and the chunk's requests recorded. */
async function splitCoreWithout(page: Page, chunk: string): Promise<{ pageErrors: string[]; chunkRequests: string[] }> {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const chunkRequests: string[] = [];
  await page.route(`**/sdk/${chunk}*`, (route) => {
    chunkRequests.push(route.request().url());
    return route.abort('connectionrefused');
  });
  await page.goto('/team');
  await sdkReady(page);
  await page.evaluate(() => (window as any).waymark.destroy());
  await page.addScriptTag({ url: '/sdk/waymark.core.js' });
  return { pageErrors, chunkRequests };
}

test.describe('the split build\'s chunks', () => {
  test('when waymark.ui.js cannot load, the core reports it once (naming the file), starts no flow it cannot show, and keeps recording', async ({ page }) => {
    const { pageErrors, chunkRequests } = await splitCoreWithout(page, 'waymark.ui.js');
    const seen = await page.evaluate(async () => {
      const errors: Array<{ code: string; message: string }> = [];
      const events: string[] = [];
      const w = (window as any).Waymark.init({
        dbName: `no-ui-${Date.now()}`,
        flows: [{ schemaVersion: 1, id: 'hello', version: 1, name: 'Hello', kind: 'modal', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps: [{ id: 'm', type: 'modal', title: 'Hello' }] }],
      });
      w.on('error', (e: { code: string; message: string }) => errors.push(e));
      w.on('event', (e: { type: string }) => events.push(e.type));
      await w.ready;
      w.track('still_tracked');
      w.start('hello');
      history.pushState({}, '', '/team?again');
      dispatchEvent(new PopStateEvent('popstate'));
      await new Promise((r) => setTimeout(r, 500));
      return { errors: errors.map((e) => e.code), message: errors[0]?.message ?? '', events };
    });
    expect(pageErrors).toEqual([]);
    expect(chunkRequests[0]).toMatch(/\/sdk\/waymark\.ui\.js\?v=\d+\.\d+\.\d+$/);
    expect(seen.errors.filter((code) => code === 'load_failed')).toHaveLength(1);
    expect(seen.message).toContain('waymark.ui.js');
    expect(seen.events).toContain('still_tracked');
    expect(seen.events).not.toContain('flow_started');
    expect(seen.events).not.toContain('step_shown');
    await expect(sdk(page).modal).toHaveCount(0);
  });

  test('when waymark.validation.js cannot load, the core reports it once (naming the file); the flows the quick look vouched for still show, a bundle that needs the full check is not used', async ({ page }) => {
    const { pageErrors, chunkRequests } = await splitCoreWithout(page, 'waymark.validation.js');
    const seen = await page.evaluate(async () => {
      const errors: Array<{ code: string; message: string }> = [];
      const modal = (id: string, title: string) => ({ schemaVersion: 1, id, version: 1, name: title, kind: 'modal', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps: [{ id: 'm', type: 'modal', title }] });
      const w = (window as any).Waymark.init({ dbName: `no-validators-${Date.now()}`, flows: [modal('hello', 'Hello')] });
      w.on('error', (e: { code: string; message: string }) => errors.push(e));
      await w.ready;
      // Experiments always wait for the full check: without the validators this bundle is not used.
      const v = (window as any).Waymark.init({
        dbName: `no-validators-b-${Date.now()}`,
        flows: { schemaVersion: 2, flows: [modal('other', 'Other')], experiments: [] },
        onError: (e: { code: string; message: string }) => errors.push(e),
      });
      await v.ready;
      return { errors: errors.map((e) => e.code), message: errors[0]?.message ?? '', otherFlows: v.flows.length };
    });
    expect(pageErrors).toEqual([]);
    expect(chunkRequests[0]).toMatch(/\/sdk\/waymark\.validation\.js\?v=\d+\.\d+\.\d+$/);
    expect(seen.errors).toEqual(['load_failed', 'load_failed']);
    expect(seen.message).toContain('waymark.validation.js');
    expect(seen.otherFlows).toBe(0);
    await expect(sdk(page).modal.getByRole('heading', { name: 'Hello' })).toBeVisible();
    await expect(sdk(page).modal.getByRole('heading', { name: 'Other' })).toHaveCount(0);
  });

  test('the split core served from another origin loads its renderers beside it and shows the flow', async ({ page, baseURL }) => {
    const sdkOrigin = baseURL!.replace('127.0.0.1', 'localhost');
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto('/team');
    await sdkReady(page);
    await page.evaluate(() => (window as any).waymark.destroy());
    await page.addScriptTag({ url: `${sdkOrigin}/sdk/waymark.core.js` });
    const errors = await page.evaluate(async () => {
      const seen: string[] = [];
      const w = (window as any).Waymark.init({
        dbName: `cross-origin-${Date.now()}`,
        flows: [{ schemaVersion: 1, id: 'hello', version: 1, name: 'Hello', kind: 'modal', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps: [{ id: 'm', type: 'modal', title: 'Hello from afar' }] }],
      });
      w.on('error', (e: { code: string; message: string }) => seen.push(`${e.code}: ${e.message}`));
      await w.ready;
      return seen;
    });
    expect(errors).toEqual([]);
    await expect(sdk(page).modal.getByRole('heading', { name: 'Hello from afar' })).toBeVisible();
    expect(pageErrors).toEqual([]);
  });
});

test.describe('init() called more than once (a component that inits on every mount, React StrictMode, snippet and tag)', () => {
  test('the same store gets the running instance: one layer, each step drawn once, each event recorded once; destroy() frees it', async ({ page }) => {
    await page.route('**/apps/twice.html', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title></head>
<body><button data-testid="go">Go</button><script src="/sdk/waymark.iife.js"></script><script src="/sdk/waymark.iife.js"></script></body></html>` }));
    await page.goto('/apps/twice.html');
    const outcome = await page.evaluate(async () => {
      const flows = [{
        schemaVersion: 2, id: 'hello', version: 1, name: 'Hello', kind: 'tour', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
        steps: [{ id: 'one', type: 'tooltip', title: 'Start here', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Press Go.' }] }], anchor: { selectors: [{ kind: 'testid', value: '[data-testid="go"]', weight: 1 }] } }],
      }];
      const W = (window as any).Waymark;
      const dbName = `twice-${Math.random()}`;
      const first = W.init({ dbName, flows });
      const events: string[] = [];
      first.on('event', (e: { type: string }) => events.push(JSON.stringify(e).includes('clicked_go') ? 'clicked_go' : e.type));
      await first.ready;
      const second = W.init({ dbName, flows });
      await second.ready;
      second.track('clicked_go');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const layers = document.querySelectorAll('waymark-root').length;
      const cards = [...document.querySelectorAll('waymark-root')].reduce((n, root) => n + root.shadowRoot!.querySelectorAll('[data-wm-kind="tooltip"]').length, 0);
      const other = W.init({ dbName: `${dbName}-other`, flows: [] });
      await other.ready;
      first.destroy();
      const fresh = W.init({ dbName, flows: [] });
      await fresh.ready;
      // Signed in since: the call that names a user identifies the running instance.
      const users: unknown[] = [];
      fresh.on('event', (e: { userId?: unknown }) => users.push(e.userId));
      W.init({ dbName, flows: [], userId: 'signed-in-user' });
      fresh.track('after_sign_in');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        signedIn: users.at(-1), same: first === second, otherIsNew: other !== first, freshIsNew: fresh !== first, layers, cards, clicks: events.filter((e) => e === 'clicked_go').length, starts: events.filter((e) => e === 'flow_started').length };
    });
    expect(outcome).toEqual({ signedIn: 'signed-in-user', same: true, otherIsNew: true, freshIsNew: true, layers: 1, cards: 1, clicks: 1, starts: 1 });
  });
});
