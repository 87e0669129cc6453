import { expect, test } from '@playwright/test';
import { sdk, sdkReady } from '../support/sdk.ts';
import { expectLegible, gapBetween, layoutSnapshot } from './pageProbes.ts';

const db = () => `hostile-${Math.random().toString(36).slice(2)}`;

test.describe('a host page whose CSS fights every overlay', () => {
  test('every step kind renders legibly at its anchor and stays clickable', async ({ page }) => {
    await page.goto(`/hostile/css?db=${db()}`);
    await sdkReady(page);
    const { tooltip, bar, modal, spotlight } = sdk(page);

    await expect(bar).toBeVisible();
    await expectLegible(bar.locator('p'));

    // Tour step 1: an anchor inside a transformed ancestor that hides its overflow.
    await expect(tooltip.getByRole('heading', { name: 'Publish from here' })).toBeVisible();
    await expectLegible(tooltip.getByRole('heading'));
    await expectLegible(tooltip.locator('.wm-content p'));
    await expect(spotlight).toHaveCount(1);
    const publish = (await page.getByTestId('publish').boundingBox())!;
    expect(gapBetween((await tooltip.boundingBox())!, publish)).toBeLessThanOrEqual(20);
    expect((await tooltip.boundingBox())!.y).toBeGreaterThan(publish.y + publish.height - 1);
    const spot = (await spotlight.boundingBox())!;
    expect(spot.x).toBeLessThanOrEqual(publish.x);
    expect(spot.x + spot.width).toBeGreaterThanOrEqual(publish.x + publish.width);
    await tooltip.getByRole('button', { name: 'Next' }).click();

    // Step 2: an anchor deep in a scrolling list is scrolled into its container's view.
    await expect(tooltip.getByRole('heading', { name: 'Archive old rows' })).toBeVisible();
    const deep = page.getByTestId('deep-anchor');
    const scroller = (await page.getByTestId('scroller').boundingBox())!;
    await expect.poll(async () => {
      const a = (await deep.boundingBox())!;
      return a.y >= scroller.y && a.y + a.height <= scroller.y + scroller.height;
    }).toBe(true);
    await expect.poll(async () => gapBetween((await tooltip.boundingBox())!, (await deep.boundingBox())!)).toBeLessThanOrEqual(20);
    await expectLegible(tooltip.getByRole('button', { name: 'Done' }));
    await tooltip.getByRole('button', { name: 'Done' }).click();
    await expect(tooltip).toHaveCount(0);

    // Hotspot on the header's Help button.
    const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
    const help = (await page.getByTestId('help').boundingBox())!;
    expect(gapBetween((await beacon.boundingBox())!, help)).toBe(0);
    await beacon.click();
    await expectLegible(tooltip.getByRole('heading', { name: 'Help is here' }));
    await tooltip.getByRole('button', { name: 'Got it' }).click();
    await expect(beacon).toHaveCount(0);

    // Modal, started by the page's own button (which the SDK must not have made unclickable).
    await page.getByTestId('whats-new').click();
    await expectLegible(modal.getByRole('heading', { name: "What's new" }));
    await modal.getByRole('button', { name: 'Nice' }).click();
    await expect(modal).toHaveCount(0);

    // Survey in the corner, under the page's max-z-index cookie banner and invisible body widget.
    await page.getByTestId('finish-setup').click();
    const survey = page.locator('waymark-root [data-wm-kind="survey"]');
    await expectLegible(survey.getByText('How easy was the setup?'));
    await survey.getByRole('radio', { name: '4' }).click();
    await survey.getByRole('button', { name: 'Send' }).click();
    await survey.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(survey).toHaveCount(0);

    // Checklist launcher and panel, in the same corner.
    const launcher = page.locator('waymark-root .wm-launcher');
    await expectLegible(launcher);
    await launcher.click();
    const item = page.locator('waymark-root .wm-checklist-item', { hasText: 'Finish setup' });
    await expectLegible(item.locator('.wm-checklist-item-title'));
    await expect(item).toHaveAttribute('data-done', 'true');

    await bar.getByRole('button', { name: 'Got it' }).click();
    await expect(bar).toHaveCount(0);
  });

  test("the SDK changes nothing in the page's own layout", async ({ page }) => {
    await page.route('**/sdk/waymark.iife.js', (route) => route.abort());
    await page.goto(`/hostile/css?db=${db()}`);
    const without = await layoutSnapshot(page);
    await page.unroute('**/sdk/waymark.iife.js');

    await page.goto(`/hostile/css?db=${db()}`);
    await sdkReady(page);
    await expect(sdk(page).tooltip).toBeVisible();
    await sdk(page).tooltip.getByRole('button', { name: 'Next' }).click();
    await expect(sdk(page).tooltip.getByRole('heading', { name: 'Archive old rows' })).toBeVisible();
    // (The checklist launcher waits while the tour shows: one thing at a time.)
    const bodyChildren = await page.evaluate(() => [...document.body.children].map((el) => el.tagName.toLowerCase()));
    expect(bodyChildren).toEqual(['div', 'div', 'script', 'script']);
    expect(await layoutSnapshot(page)).toEqual(without);
  });
});
