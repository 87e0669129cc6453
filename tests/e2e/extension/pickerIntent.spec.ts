import { expect, test } from '../../support/builder.ts';
import { createFlow } from '../../support/panelActions.ts';

test.describe('picking in repeated structure', () => {
  test('a control in one of several look-alike rows offers which row is meant; the step keeps the choice', async ({ builder }) => {
    const { app, panel } = builder;
    await app.getByRole('link', { name: 'Team' }).click();
    await builder.connect();
    await createFlow(panel, 'Role tip', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();
    await panel.getByRole('button', { name: 'Pick element' }).click();
    const role = app.locator('li.member').nth(2).locator('.member-role');
    await role.hover();
    await role.click();

    const intent = panel.locator('[data-anchor-intent]');
    await expect(intent).toHaveAttribute('data-anchor-intent', 'this');
    await expect(intent).toContainText('rows look alike here');
    const choices = intent.getByRole('radiogroup', { name: 'Which of the look-alike rows' });
    await expect(choices.getByRole('radio', { name: /^This row/ })).toHaveAttribute('aria-checked', 'true');
    await choices.getByRole('radio', { name: 'Any of them' }).click();
    await expect(intent).toHaveAttribute('data-anchor-intent', 'any');
    await expect(choices.getByRole('radio', { name: 'Any of them' })).toHaveAttribute('aria-checked', 'true');
  });
});

test.describe('recording in repeated structure', () => {
  test('a recorded click in one of several look-alike rows keeps that row and offers the same choice', async ({ builder }) => {
    const { app, panel } = builder;
    await app.getByRole('link', { name: 'Team' }).click();
    await builder.connect();
    await panel.getByRole('button', { name: 'New flow', exact: true }).click();
    await panel.getByRole('button', { name: 'Record a new tour' }).click();
    await expect(panel.getByRole('button', { name: 'Stop recording' })).toBeVisible();
    await app.locator('li.member').nth(2).locator('.member-role').click();
    await expect(panel.locator('[data-step-row]')).toHaveCount(1);
    await panel.getByRole('button', { name: 'Stop recording' }).click();

    // The role label itself, not the page's <main tabindex="-1"> around it.
    await expect(panel.locator('[data-anchor-label]')).toHaveText(/^span "/);
    // The row is keyed, so the anchor is one element: no "wrong element" warning, but the choice.
    await expect(panel.locator('[data-ambiguity-warning]')).toHaveCount(0);
    const intent = panel.locator('[data-anchor-intent]');
    await expect(intent).toHaveAttribute('data-anchor-intent', 'this');
    await expect(intent).toContainText(/\d+ rows look alike here/);
    const choices = intent.getByRole('radiogroup', { name: 'Which of the look-alike rows' });
    await choices.getByRole('radio', { name: 'The last' }).click();
    await expect(intent).toHaveAttribute('data-anchor-intent', 'last');
    await expect(panel.locator('[data-step-row] [data-anchor-health]')).toHaveText(/Found|1 match|on this page/i);
  });
});
