import { expect, test } from '../../support/builder.ts';
import { createFlow } from '../../support/panelActions.ts';
import { expectOverlay } from '../../support/builderOverlay.ts';

test.describe('element picker', () => {
  test('picks inside the invite form’s shadow root without submitting it', async ({ builder }) => {
    const { app, panel } = builder;
    await app.getByRole('link', { name: 'Team' }).click();
    await builder.connect();
    await createFlow(panel, 'Invite tip', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();
    await panel.getByRole('button', { name: 'Pick element' }).click();

    await app.getByTestId('send-invite').hover();
    await expectOverlay(app, 'label', 'button "Send invite" · 1 match · stable', true);
    await app.getByTestId('send-invite').click();

    await expect(panel.locator('[data-anchor-label]')).toHaveText('button "Send invite" (in a shadow root)');
    await expect(panel.locator('[data-anchor-matches]')).toHaveText('1 match on this page');
    await expect(panel.locator('[data-anchor-stability]')).toHaveText('stable');
    // The page's submit handler never ran: no validation message, no invite.
    await expect(app.locator('chatly-invite-form .message')).toHaveText('');
    await expectOverlay(app, 'label', null);
  });

  test('arrow keys walk up out of the shadow root, Enter picks, Escape cancels', async ({ builder }) => {
    const { app, panel } = builder;
    await app.getByRole('link', { name: 'Team' }).click();
    await builder.connect();
    await createFlow(panel, 'Keyboard pick', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();

    // Escape cancels: nothing picked, the page keeps working.
    await panel.getByRole('button', { name: 'Pick element' }).click();
    await expectOverlay(app, 'banner', 'Click an element');
    await app.getByTestId('send-invite').hover();
    await app.keyboard.press('Escape');
    await expectOverlay(app, 'banner', null);
    await expect(panel.getByRole('button', { name: 'Pick element' })).toBeEnabled();
    await expect(panel.locator('[data-anchor-label]')).toHaveCount(0);

    // ↑ from the button reaches its form, then the custom element hosting the shadow root.
    await panel.getByRole('button', { name: 'Pick element' }).click();
    await app.getByTestId('send-invite').hover();
    await expectOverlay(app, 'label', 'button "Send invite"');
    await app.keyboard.press('ArrowUp');
    await expectOverlay(app, 'label', 'form "Invite a teammate"');
    await app.keyboard.press('ArrowDown');
    await expectOverlay(app, 'label', 'input "Teammate email"');
    await app.keyboard.press('ArrowRight');
    await expectOverlay(app, 'label', 'select "Role"');
    await app.keyboard.press('ArrowUp');
    await app.keyboard.press('ArrowUp');
    await expectOverlay(app, 'label', 'chatly-invite-form');
    await app.keyboard.press('Enter');
    await expect(panel.locator('[data-anchor-label]')).toContainText('chatly-invite-form');
    await expect(panel.locator('[data-anchor-matches]')).toHaveText('1 match on this page');
  });

  test('warns when only fragile selectors identify the element', async ({ builder }) => {
    const { app, panel } = builder;
    await app.goto(new URL('/', builder.baseURL).href);
    await builder.connect();
    await createFlow(panel, 'KPI tip', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();
    await panel.getByRole('button', { name: 'Pick element' }).click();
    // An empty check circle of the setup list: no id, test id, name or text; only its position.
    await app.locator('.setup-link').first().hover();
    await app.keyboard.press('ArrowLeft');
    await expectOverlay(app, 'label', 'span · 1 match · fragile');
    await app.keyboard.press('Enter');
    await expect(panel.locator('[data-anchor-stability]')).toHaveText('fragile');
    await expect(panel.getByRole('alert').filter({ hasText: 'fragile selectors' })).toBeVisible();
  });
});
