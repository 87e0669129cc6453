import { expect, test, type Page } from '@playwright/test';
import { sdk, sdkReady } from './support/sdk.ts';

/** Replaces the demo's SDK instance with one running only `audience`-gated modals on /team. */
async function initWith(page: Page, traits: Record<string, unknown>) {
  await page.goto('/team');
  await sdkReady(page);
  await page.evaluate(async (traits) => {
    (window as any).waymark.destroy();
    const modal = (id: string, title: string, audience: unknown) => ({
      schemaVersion: 1, id, version: 1, name: id, kind: 'modal', frequency: { type: 'once' }, audience,
      trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } },
      steps: [{ id: 's', type: 'modal', title }],
    });
    const w = (window as any).Waymark.init({
      dbName: `audience-${Math.random()}`,
      userId: 'audience-user',
      traits,
      flows: [
        modal('trial-only', 'For trial workspaces', { type: 'all', conditions: [{ type: 'trait', key: 'plan', op: 'eq', value: 'trial' }, { type: 'trait', key: 'seats', op: 'lt', value: 5 }] }),
        modal('power-users', 'For people who saved twice', { type: 'event', name: 'widget_saved', op: 'gte', count: 2, withinDays: 7 }),
      ],
    });
    (window as any).waymark = w;
    await w.ready;
  }, traits);
}

test.describe('audience rules decide who sees a flow', () => {
  test('user traits: a trial workspace with few seats sees it', async ({ page }) => {
    await initWith(page, { plan: 'trial', seats: 3 });
    await expect(sdk(page).modal.getByRole('heading', { name: 'For trial workspaces' })).toBeVisible();
  });

  test('user traits that do not match show nothing', async ({ page }) => {
    await initWith(page, { plan: 'enterprise', seats: 3 });
    await page.waitForTimeout(300);
    await expect(sdk(page).modal).toHaveCount(0);
  });

  test('event counts in a window: shown on the next page view after the second tracked event', async ({ page }) => {
    await initWith(page, { plan: 'enterprise' });
    await page.evaluate(() => (window as any).waymark.track('widget_saved'));
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Team' }).click();
    await page.waitForTimeout(300);
    await expect(sdk(page).modal).toHaveCount(0);
    await page.evaluate(() => (window as any).waymark.track('widget_saved'));
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Team' }).click();
    await expect(sdk(page).modal.getByRole('heading', { name: 'For people who saved twice' })).toBeVisible();
  });
});
