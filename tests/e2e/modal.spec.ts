import { expect, test } from '@playwright/test';
import { sdk, sdkReady } from './support/sdk.ts';

test.describe("\"What's new\" modal", () => {
  test('opens from the page, traps focus, closes with Escape and returns focus', async ({ page }) => {
    await page.goto('/settings');
    await sdkReady(page);
    const trigger = page.getByTestId('whats-new');
    await trigger.focus();
    await page.keyboard.press('Enter');
    const { modal } = sdk(page);
    await expect(modal).toBeVisible();
    await expect(modal).toHaveAttribute('aria-modal', 'true');
    await expect(page.getByRole('dialog', { name: "What's new in Chatly" })).toBeVisible();
    await expect(modal.getByRole('button', { name: 'Got it' })).toBeFocused();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('WAYMARK-ROOT');
    }
    await page.keyboard.press('Escape');
    await expect(modal).toHaveCount(0);
    await expect(trigger).toBeFocused();
  });

  test('renders its content tree as elements and its link safely', async ({ page }) => {
    await page.goto('/settings');
    await sdkReady(page);
    await page.getByTestId('whats-new').click();
    const { modal } = sdk(page);
    await expect(modal.locator('li')).toHaveCount(3);
    await expect(modal.locator('strong')).toHaveText('WhatsApp integration');
    await expect(modal.getByRole('link', { name: 'full changelog' })).toHaveAttribute('href', '/settings#changelog');
  });

  test('"Got it" completes it; the button opens it again on request', async ({ page }) => {
    await page.goto('/settings');
    await sdkReady(page);
    await page.getByTestId('whats-new').click();
    await sdk(page).modal.getByRole('button', { name: 'Got it' }).click();
    await expect(sdk(page).modal).toHaveCount(0);
    await page.getByTestId('whats-new').click();
    await expect(sdk(page).modal).toBeVisible();
    await page.mouse.click(5, 5);
    await expect(sdk(page).modal).toBeVisible();
  });
});
