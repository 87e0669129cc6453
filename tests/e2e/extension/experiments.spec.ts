import { expect, test } from '../../support/builder.ts';
import { openMenuView } from '../../support/panelActions.ts';

const welcome = { schemaVersion: 1, id: 'welcome', version: 1, name: 'Welcome modal', kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' }, steps: [{ id: 'a', type: 'modal', title: 'Hi' }] };
const connected = { id: 'connected', name: 'Chatbot connected', stage: 'activation', reachedBy: [{ type: 'event', name: 'integration_connected' }] };

test.describe('experiments in the builder', () => {
  test('a PM sets up an A/B test of a flow, a holdout, and the export carries them', async ({ builder }) => {
    const { panel } = builder;
    await openMenuView(panel, 'Export / import');
    await panel.getByLabel('Bundle JSON to import').fill(JSON.stringify({ schemaVersion: 1, flows: [welcome], milestones: [connected] }));
    await panel.getByRole('button', { name: 'Import bundle' }).click();
    await expect(panel.locator('[data-bundle-status]')).toHaveText('Imported 1 flows and 1 milestones.');
    await panel.getByRole('button', { name: 'Back', exact: true }).click();

    await panel.getByRole('tab', { name: 'Experiments' }).click();
    await panel.getByRole('button', { name: 'New experiment' }).click();
    await expect(panel.getByRole('alert')).toContainText('Choose the flow to test and the goal milestone.');
    await panel.getByLabel('Flow to test').selectOption('welcome');
    await panel.getByLabel('Goal milestone', { exact: true }).first().selectOption('connected');
    await panel.getByRole('button', { name: 'New experiment' }).click();
    const card = panel.getByRole('list', { name: 'Experiments' }).getByRole('listitem');
    await expect(card).toHaveCount(1);
    const arms = card.getByRole('table', { name: 'Arms' });
    await expect(arms.getByRole('row')).toHaveCount(3);
    await expect(arms.getByLabel('Arm 1 shows')).toHaveValue('');
    await expect(arms.getByLabel('Arm 2 shows')).toHaveValue('welcome');

    // 25/75 split, running; a bad weight is refused with its path and nothing is saved.
    await arms.getByLabel('Arm 2 weight').fill('-1');
    await arms.getByLabel('Arm 2 weight').press('Tab');
    await expect(panel.getByRole('alert')).toContainText('experiments[0].variants[1].weight');
    await arms.getByLabel('Arm 2 weight').fill('3');
    await arms.getByLabel('Arm 2 weight').press('Tab');
    await expect(arms.getByRole('row').nth(2)).toContainText('75%');
    await card.getByLabel('Status').selectOption('running');
    await expect(panel.getByLabel('Sample size planner').getByRole('status')).toHaveText('About 14,749 exposed users per arm to detect it (α 0.05, power 0.8).');
    await panel.getByLabel('Global holdout').getByRole('switch').click();
    await expect(panel.getByLabel('Global holdout').getByRole('switch')).toBeChecked();
    await expect(panel.getByLabel('Holdout share (%)')).toHaveValue('5');

    await panel.reload();
    await openMenuView(panel, 'Export / import');
    await panel.getByRole('button', { name: 'Export bundle' }).click();
    const bundle = JSON.parse(await panel.getByLabel('Exported bundle JSON').inputValue());
    expect(bundle.experiments).toHaveLength(1);
    expect(bundle.experiments[0]).toMatchObject({
      status: 'running',
      goal: 'connected',
      attributionDays: 14,
      variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'welcome', flowId: 'welcome', weight: 3 }],
    });
    expect(bundle.experiments[0].seed).toMatch(/^[0-9a-f]{16}$/);
    expect(bundle.holdout).toMatchObject({ share: 0.05 });
  });
});
