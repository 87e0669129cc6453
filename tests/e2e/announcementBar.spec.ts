import { expect, test } from '@playwright/test';
import { sdk, sdkReady } from './support/sdk.ts';

test.describe('announcement bar on the dashboard', () => {
  test('shows at the top with both buttons and the reference text', async ({ page }) => {
    await page.goto('/');
    const { bar } = sdk(page);
    await expect(bar).toBeVisible();
    await expect(bar).toContainText("Your chatbot isn't live yet.");
    await expect(bar.getByRole('button', { name: 'Connect your chatbot' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Later' })).toBeVisible();
    // The bar slides in: measure once it has settled at the top.
    await expect.poll(async () => (await bar.boundingBox())!.y).toBe(0);
    expect((await bar.boundingBox())!.width).toBe(page.viewportSize()!.width);
  });

  test('"Connect your chatbot" goes to integrations without a reload and completes the bar', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await sdk(page).bar.getByRole('button', { name: 'Connect your chatbot' }).click();
    await expect(page).toHaveURL(/\/integrations$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Integrations' })).toBeVisible();
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
    await expect(sdk(page).bar).toHaveCount(0);
    await page.goto('/');
    await sdkReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    await expect(sdk(page).bar).toHaveCount(0);
  });

  test('"Later" hides it, and it stays hidden after a reload in the same session', async ({ page }) => {
    await page.goto('/');
    await sdk(page).bar.getByRole('button', { name: 'Later' }).click();
    await expect(sdk(page).bar).toHaveCount(0);
    await expect(page).toHaveURL(/\/$/);
    await page.reload();
    await sdkReady(page);
    await expect(sdk(page).bar).toHaveCount(0);
  });

  test('the close button dismisses it; another user still sees it', async ({ page }) => {
    await page.goto('/');
    await sdk(page).bar.getByRole('button', { name: 'Dismiss announcement' }).click();
    await expect(sdk(page).bar).toHaveCount(0);
    // A user of its own: the demo server keeps each user's progress across tests and devices.
    await page.goto(`/?user=lee-${Date.now().toString(36)}@acme-shoes.example`);
    await expect(sdk(page).bar).toBeVisible();
  });

  test('does not show on other pages', async ({ page }) => {
    await page.goto('/team');
    await sdkReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
    await expect(sdk(page).bar).toHaveCount(0);
  });
});
