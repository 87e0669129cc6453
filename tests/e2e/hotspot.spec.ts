import { expect, test } from '@playwright/test';
import { recordEvents, sdk, sdkReady } from './support/sdk.ts';

test.describe('hotspot on the settings page', () => {
  test('a beacon sits on the anchor; Enter opens its tip, Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/settings');
    const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
    await expect(beacon).toBeVisible();
    await expect(beacon).toHaveAttribute('aria-expanded', 'false');
    const anchor = (await page.getByTestId('copy-snippet').boundingBox())!;
    const dot = (await beacon.boundingBox())!;
    expect(Math.abs(dot.x - (anchor.x + anchor.width - 10))).toBeLessThan(2);
    expect(Math.abs(dot.y - (anchor.y - 10))).toBeLessThan(2);

    await beacon.focus();
    await page.keyboard.press('Enter');
    const tip = sdk(page).tooltip;
    await expect(tip.getByRole('heading', { name: 'Install the snippet' })).toBeVisible();
    await expect(tip.locator('code')).toHaveText('<head>');
    await expect(beacon).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(tip).toHaveCount(0);
    await expect(beacon).toBeFocused();
    await expect(beacon).toBeVisible();
  });

  test('"Got it" completes it for good; a click on the tagged button reaches the milestone', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/settings');
    const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
    await beacon.click();
    await sdk(page).tooltip.getByRole('button', { name: 'Got it' }).click();
    await expect(beacon).toHaveCount(0);
    await page.getByTestId('copy-snippet').click();
    await expect.poll(async () => (await events()).filter((e) => e.type === 'milestone_reached').map((e) => e.props.milestone)).toEqual(['snippet-installed']);
    await page.reload();
    await sdkReady(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(beacon).toHaveCount(0);
  });
});
