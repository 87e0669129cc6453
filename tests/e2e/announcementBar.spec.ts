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

test('two top bars at once: both spacers lead the body, neither moves the other for ever, the page stays responsive', async ({ page }) => {
  await page.goto('/hostile/blank');
  const bar = (id: string, text: string) => ({
    schemaVersion: 1, id, version: 1, name: id, kind: 'announcement', frequency: { type: 'every_session' },
    trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps: [{ id: 'b', type: 'bar', content: [{ type: 'paragraph', children: [{ type: 'text', text }] }] }],
  });
  const seen = await page.evaluate(async (flows) => {
    const W = (window as any).Waymark;
    // Two instances, one top bar each (as pages with two SDK set-ups, or a test corpus, have).
    await W.init({ dbName: `bars-a-${Math.random()}`, flows: [flows[0]] }).ready;
    await W.init({ dbName: `bars-b-${Math.random()}`, flows: [flows[1]] }).ready;
    const t0 = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const spacers = [...document.body.children].slice(0, 2).map((e) => e.getAttribute('data-waymark-spacer'));
    return { spacers, waitedMs: performance.now() - t0 };
  }, [bar('first-bar', 'First bar'), bar('second-bar', 'Second bar')]);
  expect(seen.spacers).toEqual(['top', 'top']);
  expect(seen.waitedMs).toBeLessThan(1000);
});
