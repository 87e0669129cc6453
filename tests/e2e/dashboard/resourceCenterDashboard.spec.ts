import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { RunningServer } from '../../../server/startServer.ts';
import { openDashboardEnvironment } from '../support/dashboardEnvironment.ts';

// One server (in-memory PGlite, the demo project seeded with its resource center) and one browser.
test.describe.configure({ mode: 'serial' });

let server: RunningServer;
let context: BrowserContext;
let extensionId: string;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  ({ server, context, extensionId } = await openDashboardEnvironment());
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

const center = (page: Page) => page.locator('waymark-root [data-wm-kind="resource-center"]');

/** A Chatly user on the Team page, with the real SDK delivering to the server. */
async function chatlyUser(user: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/team?user=${encodeURIComponent(user)}`);
  await page.waitForFunction(() => (window as any).waymark?.ready !== undefined);
  await page.evaluate(() => (window as any).waymark.ready);
  await expect(center(page).locator('.wm-rc-launcher')).toBeVisible();
  return page;
}

/** Types a search and waits until the SDK has recorded it (typing settles after 0.8 s). */
async function search(page: Page, query: string): Promise<void> {
  await center(page).getByRole('searchbox').fill(query);
  await page.waitForTimeout(1000);
}

test('the dashboard shows what users did in the resource center: opens, searches and those with no result, clicks, replays, contacts', async () => {
  test.setTimeout(90_000);
  // Sam opens it from the launcher, searches twice, reads an article, replays the walkthrough, asks for help.
  const sam = await chatlyUser(`sam-rc-${Date.now()}@acme-shoes.example`);
  await center(sam).locator('.wm-rc-launcher').click();
  await search(sam, 'webhooks');
  await expect(center(sam).locator('.wm-rc-empty')).toHaveText('No results for “webhooks”');
  await search(sam, 'brand');
  await center(sam).locator('.wm-rc-body .wm-rc-item', { hasText: 'Match the widget to your brand' }).click();
  await center(sam).getByRole('button', { name: 'Back' }).click();
  await center(sam).getByRole('searchbox').fill('');
  await center(sam).locator('.wm-rc-item', { hasText: 'Customise your widget' }).click();
  await center(sam).locator('.wm-rc-launcher').click();
  await center(sam).getByRole('button', { name: 'Chat with support' }).click();
  // The app's own support popover answers the contact action.
  await expect(sam.locator('#help-menu')).toBeVisible();
  await sam.evaluate(() => (window as any).waymark.flush());

  // Kim opens it from Chatly's own help menu and searches for what is not there either.
  const kim = await chatlyUser(`kim-rc-${Date.now()}@acme-shoes.example`);
  await kim.getByTestId('help-button').click();
  await kim.getByRole('button', { name: 'Browse the help center' }).click();
  await expect(kim.locator('#help-menu')).toBeHidden();
  await expect(center(kim).getByRole('dialog')).toBeVisible();
  await search(kim, 'Webhooks');
  await kim.evaluate(() => (window as any).waymark.flush());

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: 'Project menu' }).click();
  const [dashboard] = await Promise.all([context.waitForEvent('page'), panel.getByRole('menuitem', { name: 'Analytics dashboard' }).click()]);
  await dashboard.setViewportSize({ width: 1280, height: 800 });
  await dashboard.waitForLoadState();
  if (await dashboard.getByLabel('Secret key').isVisible()) {
    await dashboard.getByLabel('Server URL').fill(server.url);
    await dashboard.getByLabel('Secret key').fill('wm_sk_demo');
    await dashboard.getByRole('button', { name: 'Connect' }).click();
  }
  const section = dashboard.locator('[data-section="resource-center"]');
  await expect(section.getByRole('heading', { name: 'Resource center' })).toBeVisible();
  await expect(section.locator('[data-metric="rc-opens"]')).toHaveText('3');
  await expect(section.locator('[data-metric="rc-searches"]')).toHaveText('3');
  await expect(section.locator('[data-metric="rc-no-result"]')).toHaveText('2');
  await expect(section.locator('[data-metric="rc-replays"]')).toHaveText('1');
  await expect(section.locator('[data-metric="rc-contacts"]')).toHaveText('1');
  // The searches that found nothing, listed: both people asked for webhooks (searches count in lower case).
  await expect(section.locator('tr[data-query="webhooks"] td')).toHaveText(['webhooks', '2', '2']);
  await expect(section.locator('tr[data-item="brand-widget"] td')).toHaveText(['Match the widget to your brand', 'Help article', '1', '1']);
  await expect(section.locator('tr[data-item="replay-widget-tour"] td').first()).toHaveText('Customise your widget');
  await expect(section.locator('tr[data-tour="widget-tour"] td')).toHaveText(['Customise your widget', '1', '1']);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: process.env.WAYMARK_DOC_SHOTS === '1' ? 'docs/resource-center/dashboard-1280.png' : test.info().outputPath('dashboard-1280.png') });
});
