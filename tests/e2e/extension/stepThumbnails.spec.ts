import { expect, test } from '../../support/builder.ts';
import { createFlow } from '../../support/panelActions.ts';

test.describe('step cards show the step', () => {
  test('each card draws its step with the SDK’s components, follows edits live and never takes focus', async ({ builder }) => {
    const { panel } = builder;
    await builder.connect();
    await panel.setViewportSize({ width: 400, height: 900 });
    await createFlow(panel, 'Pictured tour', 'Tour');
    await panel.getByRole('button', { name: 'Add tooltip step' }).click();
    await panel.getByRole('button', { name: 'Add modal step' }).click();

    const thumbnails = panel.locator('[data-step-thumbnail]');
    await expect(thumbnails).toHaveCount(2);
    const tooltip = panel.frameLocator('[data-step-thumbnail] iframe').nth(0);
    const modal = panel.frameLocator('[data-step-thumbnail] iframe').nth(1);
    await expect(tooltip.locator('.wm-tooltip')).toBeVisible();
    await expect(modal.locator('.wm-modal')).toBeVisible();
    // Two steps of one tour: the picture carries the progress and the tour's buttons.
    await expect(tooltip.locator('[data-wm-progress]')).toHaveText('1 of 2');
    await expect(modal.locator('.wm-btn')).toHaveText(['Back', 'Done']);

    // The modal step is selected: a new title redraws its picture, and focus stays in the editor.
    const title = panel.getByLabel('Title', { exact: true });
    await title.fill('Meet your inbox');
    await title.press('Tab');
    await expect(modal.locator('.wm-title')).toHaveText('Meet your inbox');
    expect(await panel.evaluate(() => document.activeElement?.closest('.step-card__editor') !== null)).toBe(true);

    // Pictures are decoration: hidden from assistive technology, out of the Tab order, not clickable.
    await expect(thumbnails.first()).toHaveAttribute('aria-hidden', 'true');
    await expect(thumbnails.first().locator('iframe')).toHaveAttribute('tabindex', '-1');
    await panel.screenshot({ path: test.info().outputPath('step-cards.png') });
  });
});
