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
