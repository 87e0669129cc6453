import { readFileSync } from 'node:fs';
import { uuidv7 } from '../../../shared/ids/uuidv7.ts';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { expect, test } from '../../support/builder.ts';
import { connectTeamServer } from '../../support/panelActions.ts';

const demo = JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8'));
const tour = demo.flows.find((f: { id: string }) => f.id === 'widget-tour');
const admin = { Authorization: 'Bearer wm_sk_demo', 'Content-Type': 'application/json' };

let server: RunningServer;
test.beforeAll(async () => {
  // Evaluate anchor health right after each batch instead of the production default of 30 s.
  process.env.WAYMARK_ALERTS_DELAY_MS = '50';
  server = await startServer({ port: 0, database: { dataDir: 'memory://' }, seedDemo: true, log: () => {}, guide: false });
});
test.afterAll(async () => {
  // Closing waits for the reports replica's thread and the database: once over 30 s on a loaded CI machine.
  test.setTimeout(60_000);
  await server?.close();
});

/** Production users for whom step 3 of the tour cannot find its element, until the server calls it broken. */
async function breakStep(): Promise<void> {
  await fetch(`${server.url}/v1/admin/anchor-health/settings`, { method: 'PUT', headers: admin, body: JSON.stringify({ windowMs: 3_600_000, threshold: 0.2, minUsers: 5 }) });
  const events = Array.from({ length: 8 }, (_, i) => ({
    id: uuidv7(), type: i < 3 ? 'step_shown' : 'anchor_missing', ts: Date.now(), anonymousId: `visitor-${i}`, sessionId: `s-${i}`,
    flowId: tour.id, flowVersion: tour.version, stepId: 'position', props: {},
  }));
  expect((await fetch(`${server.url}/v1/p/wm_pk_demo/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ events }) })).status).toBe(200);
  await expect.poll(async () => (await fetch(`${server.url}/v1/admin/anchor-health`, { headers: admin }).then((r) => r.json())).broken.length, { timeout: 10_000 }).toBe(1);
}

test('a step whose element production users no longer find shows a broken-steps badge in the flow list and the dashboard', async ({ builder }) => {
  test.setTimeout(90_000);
  await breakStep();
  const { panel, context } = builder;
  await connectTeamServer(panel, server.url, 'wm_sk_demo');
  await panel.getByRole('button', { name: 'Back', exact: true }).click();
  const row = panel.locator(`[data-flow="${tour.id}"]`);
  await expect(row.locator('[data-broken-steps]')).toHaveText('1 broken step');
  await expect(row.locator('[data-broken-steps]')).toHaveAttribute('title', /position: missing for 5 of 8 users/);
  await expect(panel.locator('[data-flow="connect-bar"] [data-broken-steps]')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Project menu' }).click();
  const [dashboard] = await Promise.all([context.waitForEvent('page'), panel.getByRole('menuitem', { name: 'Analytics dashboard' }).click()]);
  await dashboard.waitForLoadState();
  if (await dashboard.getByLabel('Secret key').isVisible()) {
    await dashboard.getByLabel('Server URL').fill(server.url);
    await dashboard.getByLabel('Secret key').fill('wm_sk_demo');
    await dashboard.getByRole('button', { name: 'Connect' }).click();
  }
  await expect(dashboard.locator(`tr[data-flow-row="${tour.id}"] [data-broken-steps]`)).toHaveText('1 broken step');
  await dashboard.close();
});
