import { expect, test } from '../../support/builder.ts';
import { serverProcess } from '../../support/serverProcess.ts';

const fromBuilder = {
  schemaVersion: 1, id: 'from-builder', version: 1, name: 'Team news', kind: 'modal',
  trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } }, frequency: { type: 'once' },
  steps: [{ id: 'news', type: 'modal', title: 'Published from the builder' }],
};

test('a PM connects the team server, publishes from the builder, and the app shows it on its next load', async ({ builder }) => {
  test.setTimeout(90_000);
  const server = await serverProcess();
  await server.start();
  try {
    const { panel, context } = builder;
    await panel.getByRole('tab', { name: 'Export / import' }).click();
    const team = panel.getByRole('region', { name: 'Team server' });
    await team.getByLabel('Server URL').fill(server.url);
    await team.getByLabel('Secret key').fill('wm_sk_not-this-one');
    await team.getByRole('button', { name: 'Connect' }).click();
    await expect(team.getByRole('alert')).toContainText(/key/i);
    await expect(panel.locator('[data-server-connected]')).toHaveCount(0);

    await team.getByLabel('Secret key').fill('wm_sk_demo');
    await team.getByRole('button', { name: 'Connect' }).click();
    await panel.getByRole('tab', { name: 'Export / import' }).click();
    await expect(panel.locator('[data-server-connected]')).toContainText(server.url);

    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify({ schemaVersion: 1, flows: [fromBuilder] }));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.getByRole('status')).toHaveText('Imported 1 flows and 0 milestones.');
    const draft = await fetch(`${server.url}/v1/admin/draft`, { headers: { Authorization: 'Bearer wm_sk_demo' } }).then((r) => r.json());
    expect(draft.flows.map((f: { id: string }) => f.id)).toContain('from-builder');

    await panel.getByRole('button', { name: 'Publish all' }).click();
    await expect(panel.getByRole('status')).toHaveText(/^Published release \d+\.$/);

    const app = await context.newPage();
    await app.goto(`${server.url}/team`);
    await expect(app.locator('waymark-root [data-wm-kind="modal"]').getByRole('heading', { name: 'Published from the builder' })).toBeVisible();
    await app.close();
  } finally {
    await server.kill();
  }
});
