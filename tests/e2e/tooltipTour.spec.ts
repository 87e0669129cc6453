import { expect, test, type Page } from '@playwright/test';
import { sdk, sdkReady } from './support/sdk.ts';

async function expectStep(page: Page, title: string, progress: string) {
  const { tooltip } = sdk(page);
  await expect(tooltip.getByRole('heading', { name: title })).toBeVisible();
  await expect(tooltip.locator('[data-wm-progress]')).toHaveText(progress);
}

test.describe('tooltip tour of the widget page', () => {
  test('starts on the page, anchored beside its element with an arrow', async ({ page }) => {
    await page.goto('/widget');
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    const { tooltip } = sdk(page);
    await expect(tooltip).toHaveAttribute('role', 'dialog');
    const anchor = (await page.locator('#widget-color').boundingBox())!;
    const card = (await tooltip.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(anchor.x + anchor.width);
    expect(card.y).toBeLessThan(anchor.y + anchor.height);
    expect(card.y + card.height).toBeGreaterThan(anchor.y);
    await expect(tooltip.locator('.wm-arrow')).toHaveAttribute('data-side', 'right');
    await expect(sdk(page).live).toHaveText('Pick your brand colour, step 2 of 5');
  });

  test('advances, goes back, and shows the spotlight on the last step', async ({ page }) => {
    await page.goto('/widget');
    const { tooltip, spotlight } = sdk(page);
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    await expect(tooltip.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Choose a corner', '3 of 5');
    await tooltip.getByRole('button', { name: 'Back' }).click();
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Say hello', '4 of 5');
    await expect(spotlight).toHaveCount(0);
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'See it live', '5 of 5');
    await expect(spotlight).toHaveCount(1);
    const preview = (await page.getByTestId('widget-preview').boundingBox())!;
    const hole = (await spotlight.boundingBox())!;
    expect(Math.abs(hole.x - (preview.x - 6))).toBeLessThan(2);
    expect(Math.abs(hole.width - (preview.width + 12))).toBeLessThan(2);
  });

  test('resumes at the same step after a reload, and Done completes it for good', async ({ page }) => {
    await page.goto('/widget');
    const { tooltip } = sdk(page);
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await expectStep(page, 'Say hello', '4 of 5');
    await page.reload();
    await expectStep(page, 'Say hello', '4 of 5');
    await tooltip.getByRole('button', { name: 'Next' }).click();
    await tooltip.getByRole('button', { name: 'Done' }).click();
    await expect(tooltip).toHaveCount(0);
    await page.reload();
    await sdkReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Customise widget' })).toBeVisible();
    await expect(tooltip).toHaveCount(0);
  });

  test('dismisses with the close button or Escape, and stays dismissed after a reload', async ({ page }) => {
    await page.goto('/widget');
    const { tooltip } = sdk(page);
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    await page.keyboard.press('Alt+Shift+KeyW');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await page.reload();
    await sdkReady(page);
    await expect(tooltip).toHaveCount(0);

    // A user of its own: the demo server keeps each user's progress across tests and devices.
    await page.goto(`/widget?user=lee-${Date.now().toString(36)}@acme-shoes.example`);
    await tooltip.getByRole('button', { name: 'Close tour' }).click();
    await expect(tooltip).toHaveCount(0);
  });

  test('starts on the dashboard at the Widget link, and its button leads to the page where it goes on', async ({ page }) => {
    await page.goto('/');
    const { tooltip } = sdk(page);
    await expectStep(page, 'Make the chat bubble yours', '1 of 5');
    const link = (await page.locator('nav[aria-label="Main"] a[data-nav="widget"]').boundingBox())!;
    const card = (await tooltip.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(link.x + link.width);
    await tooltip.getByRole('button', { name: 'Open the Widget page' }).click();
    await expect(page).toHaveURL(/\/widget$/);
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    await expect(tooltip.getByRole('button', { name: 'Back' })).toHaveCount(0);
    await page.reload();
    await expectStep(page, 'Pick your brand colour', '2 of 5');
  });

  test('a detour to another page hides the dashboard step; reaching the Widget page by any link goes on', async ({ page }) => {
    await page.goto('/');
    const { tooltip } = sdk(page);
    await expectStep(page, 'Make the chat bubble yours', '1 of 5');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await expect(page.getByRole('heading', { name: 'Team', level: 1 })).toBeVisible();
    await expect(tooltip).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Widget' }).click();
    await expectStep(page, 'Pick your brand colour', '2 of 5');
  });

  test('starts after an in-app navigation, without a reload', async ({ page }) => {
    await page.goto('/team');
    await sdkReady(page);
    await page.getByRole('link', { name: 'Widget' }).click();
    await expectStep(page, 'Pick your brand colour', '2 of 5');
  });

  test('is usable by keyboard alone: Alt+Shift+W lands on Next, Enter advances', async ({ page }) => {
    await page.goto('/widget');
    await expectStep(page, 'Pick your brand colour', '2 of 5');
    await expect(sdk(page).tooltip.getByRole('button', { name: 'Next' })).not.toBeFocused();
    await page.keyboard.press('Alt+Shift+KeyW');
    await expect(sdk(page).tooltip.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectStep(page, 'Choose a corner', '3 of 5');
  });
});
