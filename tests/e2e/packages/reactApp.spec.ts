/**
 * A Vite + React app that installs the packed @waymark/sdk tarball and uses its React helpers
 * under StrictMode (built with React's development build, where StrictMode mounts twice), against
 * a Waymark server of its own: the tour from the server shows once, `track` from a hook reaches
 * the server and advances a step, a client-side route change advances a multi-page step exactly
 * once, and signing in identifies the user.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fixtureFolder, packWorkspace, removeFixtures, repoRoot } from '../../support/packedPackages.ts';
import { serverProcess, type ServerProcess } from '../../support/serverProcess.ts';
import { staticSite } from '../../support/staticSite.ts';
import { flow, testid } from '../support/customFlows.ts';
import { sdk } from '../support/sdk.ts';

test.describe.configure({ mode: 'serial' });

const demoKeys = { publicKey: 'wm_pk_demo', secretKey: 'wm_sk_demo' };
const bundle = {
  schemaVersion: 1,
  milestones: [],
  flows: [
    flow('reports-tour', 'tour', [
      { id: 'export', type: 'tooltip', title: 'Export your report', anchor: testid('export-button'), advanceOn: { type: 'event', name: 'report_exported' } },
      { id: 'open-settings', type: 'tooltip', title: 'Open settings', anchor: testid('settings-link'), advanceOn: { type: 'url', rule: { type: 'exact', value: '/settings' } } },
      { id: 'api-key', type: 'tooltip', title: 'Your API key lives here', anchor: testid('api-key'), url: { type: 'exact', value: '/settings' } },
    ]),
  ],
};

interface StoredEvent { type: string; userId?: string; flowId?: string; stepId?: string; props: Record<string, unknown>; receivedAt: number }

let server: ServerProcess | undefined;
let site: Awaited<ReturnType<typeof staticSite>> | undefined;
let tarball: string | undefined;
let folder: string | undefined;
let packedVersion = '';

async function storedEvents(since: number): Promise<StoredEvent[]> {
  const response = await fetch(`${server!.url}/v1/admin/events?limit=10000`, { headers: { Authorization: `Bearer ${demoKeys.secretKey}` } });
  return ((await response.json()) as { events: StoredEvent[] }).events.filter((e) => e.receivedAt >= since);
}
const count = (events: StoredEvent[], type: string, stepId?: string) => events.filter((e) => e.type === type && (stepId === undefined || e.stepId === stepId)).length;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  server = await serverProcess();
  const [packed] = await Promise.all([packWorkspace('sdk'), server.start()]);
  tarball = packed.tarball;
  packedVersion = packed.version;
  const published = await fetch(`${server.url}/v1/admin/releases`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${demoKeys.secretKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ env: 'production', bundle }),
  });
  expect(published.status, await published.clone().text()).toBe(201);
  folder = await fixtureFolder('react-app', [tarball], { copyFrom: join(repoRoot, 'tests/fixtures/packages/react-app') });
  await promisify(execFile)(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
    cwd: folder,
    env: { ...process.env, NODE_ENV: 'development', VITE_WAYMARK_SERVER: server.url, VITE_WAYMARK_PUBLIC_KEY: demoKeys.publicKey },
  });
  site = await staticSite(join(folder, 'dist'));
});

test.afterAll(async () => {
  await site?.close();
  await server?.kill('SIGTERM');
  removeFixtures(folder, tarball);
});

async function openApp(page: Page): Promise<number> {
  const since = Date.now();
  await page.goto(`${site!.url}/`);
  await expect(page.getByTestId('sdk-status')).toHaveText('Waymark ready');
  return since;
}

test('the tour shows once under StrictMode; track from a hook reaches the server; a route change advances the multi-page step once', async ({ page }) => {
  const bundleRequest = page.waitForRequest((request) => request.url().startsWith(`${server!.url}/v1/p/${demoKeys.publicKey}/bundle`));
  const since = await openApp(page);
  // The SDK tells the server which version it is.
  expect(new URL((await bundleRequest).url()).searchParams.get('sdk')).toBe(packedVersion);
  const { tooltip } = sdk(page);
  await expect(tooltip.getByRole('heading', { name: 'Export your report' })).toBeVisible();
  // StrictMode really did mount twice (React's development build), and the SDK drew one tour.
  expect(await page.evaluate(() => (window as any).appEffectRuns)).toBe(2);
  await expect(page.locator('waymark-root')).toHaveCount(1);
  await expect(tooltip).toHaveCount(1);

  await page.getByTestId('export-button').click();
  await expect(tooltip.getByRole('heading', { name: 'Open settings' })).toBeVisible();
  await page.getByTestId('settings-link').click();
  await expect(page).toHaveURL(`${site!.url}/settings`);
  await expect(tooltip.getByRole('heading', { name: 'Your API key lives here' })).toBeVisible();

  const viewedCalls = await page.evaluate(() => (window as any).reportsViewedCalls as number);
  await expect.poll(async () => {
    const events = await storedEvents(since);
    return {
      flowStarted: count(events, 'flow_started'),
      exportShown: count(events, 'step_shown', 'export'),
      settingsCompleted: count(events, 'step_completed', 'open-settings'),
      apiKeyShown: count(events, 'step_shown', 'api-key'),
      exported: events.filter((e) => e.type === 'report_exported').map((e) => e.props),
      reportsViewed: count(events, 'reports_viewed'),
    };
  }, { timeout: 15_000 }).toEqual({ flowStarted: 1, exportShown: 1, settingsCompleted: 1, apiKeyShown: 1, exported: [{ format: 'csv' }], reportsViewed: viewedCalls });
});

test('signing in identifies the user: events after it carry the user id', async ({ page }) => {
  const since = await openApp(page);
  await page.getByRole('button', { name: 'Sign in as Ada' }).click();
  await expect(page.getByText('Signed in as ada')).toBeVisible();
  await page.getByTestId('export-button').click();
  await expect.poll(async () => (await storedEvents(since)).filter((e) => e.type === 'report_exported').map((e) => e.userId), { timeout: 15_000 }).toEqual(['ada']);
  const viewed = (await storedEvents(since)).filter((e) => e.type === 'reports_viewed');
  expect(viewed.length).toBeGreaterThan(0);
  expect(viewed.every((e) => e.userId === undefined)).toBe(true);
});
