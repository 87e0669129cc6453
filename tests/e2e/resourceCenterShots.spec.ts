/**
 * The pictures of docs/resource-center.md, on the Chatly demo: the launcher, the open panel, a
 * search with no result, an article, phones and dark mode. Runs only with WAYMARK_DOC_SHOTS=1:
 * `WAYMARK_DOC_SHOTS=1 npx playwright test tests/e2e/resourceCenterShots.spec.ts`.
 */
import { expect, test, type Page } from '@playwright/test';
import { sdkReady } from './support/sdk.ts';

test.skip(process.env.WAYMARK_DOC_SHOTS !== '1', 'regenerates docs/resource-center/*.png on demand');

const center = (page: Page) => page.locator('waymark-root [data-wm-kind="resource-center"]');

async function openDemo(page: Page, user: string): Promise<void> {
  // The walkthrough is done and the bar dismissed, so the picture shows the resource center alone.
  await page.goto(`/integrations?user=${user}`);
  await sdkReady(page);
  await page.evaluate(() => (window as any).waymark.track('integration_connected'));
  const survey = page.locator('waymark-root [data-wm-kind="survey"]');
  await survey.getByRole('button', { name: 'Close survey' }).click();
  await expect(center(page).locator('.wm-rc-launcher')).toBeVisible();
}

test('desktop 1280×800: launcher, panel, no-result search, article', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDemo(page, `shots-desktop-${Date.now()}`);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/resource-center/launcher-1280.png' });
  await center(page).locator('.wm-rc-launcher').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/resource-center/open-1280.png' });
  await center(page).getByRole('searchbox').fill('webhooks');
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/resource-center/no-result-1280.png' });
  await center(page).getByRole('searchbox').fill('brand');
  await center(page).locator('.wm-rc-body .wm-rc-item').first().click();
  await page.waitForTimeout(200);
  await page.screenshot({ path: 'docs/resource-center/article-1280.png' });
});

for (const [width, height] of [[390, 844], [320, 568]] as const) {
  test(`phone ${width}×${height}: the full-screen sheet`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDemo(page, `shots-phone-${width}-${Date.now()}`);
    await center(page).locator('.wm-rc-launcher').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/resource-center/phone-${width}.png` });
  });
}

test('dark mode at 1280×800', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await openDemo(page, `shots-dark-${Date.now()}`);
  await page.evaluate(async () => {
    const w = (window as any).waymark;
    const bundle = await (await fetch('/v1/p/wm_pk_demo/bundle?env=production')).json();
    w.destroy();
    const flows = bundle.flows.map((f: { kind: string }) => (f.kind === 'resource-center' ? { ...f, theme: { mode: 'dark' } } : f));
    const next = (window as any).Waymark.init({ dbName: 'shots-dark', userId: 'shots-dark', flows: { ...bundle, flows } });
    (window as any).waymark = next;
    await next.ready;
    next.track('integration_connected');
  });
  await page.locator('waymark-root [data-wm-kind="survey"]').getByRole('button', { name: 'Close survey' }).click();
  await center(page).locator('.wm-rc-launcher').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/resource-center/open-dark-1280.png' });
});
