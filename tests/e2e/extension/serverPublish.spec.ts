import { expect, test } from '../../support/builder.ts';
import { connectTeamServer, fillServerUrl, lastToast, openMenuView } from '../../support/panelActions.ts';
import { serverProcess } from '../../support/serverProcess.ts';

const fromBuilder = {
  schemaVersion: 1, id: 'from-builder', version: 1, name: 'Team news', kind: 'modal',
  trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } }, frequency: { type: 'once' },
  steps: [{ id: 'news', type: 'modal', title: 'Published from the builder' }],
};

test('a PM connects the team server, publishes from the builder, and the app shows it on its next load', async ({ builder }) => {
  test.setTimeout(150_000);
  const server = await serverProcess();
  await server.start();
  try {
    const { panel, context } = builder;
    await openMenuView(panel, 'Team server');
    const team = panel.getByRole('region', { name: 'Team server' });
    await fillServerUrl(team, server.url);
    await team.getByLabel('Secret key').fill('wm_sk_not-this-one');
    await team.getByRole('button', { name: 'Connect' }).click();
    await expect(team.locator('[data-connect-error]')).toContainText('The server refused this secret key');
    await expect(team.locator('[data-connect-error]')).toContainText('401 invalid_key');
    await expect(panel.locator('[data-server-connected]')).toHaveCount(0);

    await connectTeamServer(panel, server.url, 'wm_sk_demo');

    await openMenuView(panel, 'Export / import');
    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify({ schemaVersion: 1, flows: [fromBuilder] }));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.locator('[data-bundle-status]')).toHaveText('Imported 1 flows and 0 milestones.');
    const draft = await fetch(`${server.url}/v1/admin/draft`, { headers: { Authorization: 'Bearer wm_sk_demo' } }).then((r) => r.json());
    expect(draft.flows.map((f: { id: string }) => f.id)).toContain('from-builder');

    await panel.getByRole('button', { name: 'Back', exact: true }).click();
    await panel.getByRole('button', { name: 'Publish all' }).click();
    await expect(panel.getByRole('dialog').getByRole('region', { name: 'Added' })).toContainText('Team news');
    await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
    await expect(lastToast(panel)).toHaveText(/^Published release \d+ to Production\.$/);

    const app = await context.newPage();
    await app.goto(`${server.url}/team`);
    await expect(app.locator('waymark-root [data-wm-kind="modal"]').getByRole('heading', { name: 'Published from the builder' })).toBeVisible();
    await app.close();
  } finally {
    await server.kill();
  }
});

const modalFlow = (id: string, name: string, title: string) => ({
  schemaVersion: 1, id, version: 1, name, kind: 'modal',
  trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } }, frequency: { type: 'once' },
  steps: [{ id: 'only', type: 'modal', title }],
});

test('"Publish this flow" releases one flow on the team server and leaves every other published flow as it was', async ({ builder }) => {
  test.setTimeout(150_000);
  const server = await serverProcess();
  await server.start();
  const admin = (path: string) => fetch(`${server.url}${path}`, { headers: { Authorization: 'Bearer wm_sk_demo' } }).then((r) => r.json());
  try {
    const { panel } = builder;
    await connectTeamServer(panel, server.url, 'wm_sk_demo');

    const bundle = { schemaVersion: 1, flows: [modalFlow('news-a', 'News A', 'A as published'), modalFlow('news-b', 'News B', 'B as published')] };
    await openMenuView(panel, 'Export / import');
    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify(bundle));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.locator('[data-bundle-status]')).toHaveText('Imported 2 flows and 0 milestones.');
    await panel.getByRole('button', { name: 'Back', exact: true }).click();
    await panel.getByRole('button', { name: 'Publish all' }).click();
    await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
    await expect(lastToast(panel)).toHaveText(/^Published release \d+ to Production\.$/);
    const before = (await admin('/v1/admin/releases')).releases[0];

    // Both drafts change; only B is published.
    const list = panel.getByRole('list', { name: 'Flows' });
    for (const [name, title] of [['News A', 'A draft'], ['News B', 'B draft']] as const) {
      await list.getByRole('button', { name: new RegExp(`^${name}`) }).click();
      const field = panel.getByLabel('Title', { exact: true });
      await field.fill(title);
      await field.press('Tab');
      await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live with unpublished changes');
      if (name === 'News A') await panel.getByRole('button', { name: 'All flows', exact: true }).click();
    }
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(panel.getByRole('dialog').getByRole('region', { name: 'Changed' })).toHaveText(/News B/);
    await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
    await expect(lastToast(panel)).toHaveText(`Published release ${before.version + 1} to Production with this flow; other flows are unchanged.`);
    await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live');
    await panel.getByRole('button', { name: 'All flows', exact: true }).click();
    await expect(list.getByRole('button', { name: /^News A/ })).toContainText('Live with unpublished changes');
    await expect(list.getByRole('button', { name: /^News B/ })).toContainText(/Live$/);

    const releases = (await admin('/v1/admin/releases')).releases;
    expect(releases[0]).toMatchObject({ version: before.version + 1, flowIds: before.flowIds, environments: ['production'] });
    const previous = await admin(`/v1/admin/releases/${before.version}`);
    const live = await fetch(`${server.url}/v1/p/wm_pk_demo/bundle`).then((r) => r.json());
    const titles = (b: { flows: Array<{ id: string; steps: Array<{ title?: string }> }> }) => Object.fromEntries(b.flows.map((f) => [f.id, f.steps[0]?.title]));
    expect(titles(live)).toEqual({ ...titles(previous), 'news-a': 'A as published', 'news-b': 'B draft' });
    expect(live.milestones).toEqual(previous.milestones);
  } finally {
    await server.kill();
  }
});
