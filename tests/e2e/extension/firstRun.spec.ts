/**
 * The builder as a new PM meets it, at the side panel's width (400 × 900): first run on the demo
 * (allow the site, connect the server the page's SDK announces, a wrong key first), the reference
 * template picked on the page and published with no JSON, statuses after publish, edit and
 * rollback, and the README's walkthrough timed.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { lastToast, openMenuView } from '../../support/panelActions.ts';
import { expectOverlay } from '../../support/builderOverlay.ts';

async function pick(panel: Page, app: Page, slot: string, target: ReturnType<Page['getByTestId']>) {
  await panel.locator(`[data-slot="${slot}"]`).getByRole('button', { name: /^Pick:/ }).click();
  await expectOverlay(app, 'banner', 'Click an element');
  await target.click();
  await expect(panel.locator(`[data-slot="${slot}"] [data-slot-value]`)).toBeVisible();
}

test('a new PM goes from an empty panel to the reference case published on the demo, with no JSON, and the statuses tell the truth', async ({ builder }) => {
  test.setTimeout(180_000);
  const { app, panel, baseURL } = builder;
  await panel.setViewportSize({ width: 400, height: 900 });
  const started = Date.now();

  // 1. Allow Waymark on the app: the panel then hears the page's SDK announce its server.
  await expect(panel.getByRole('region', { name: 'Get started' })).toBeVisible();
  await builder.connect();
  await expect(panel.locator('[data-detected-server]')).toContainText(baseURL);

  // 2. A wrong key is a clear error naming what failed, never an empty list.
  await panel.getByLabel('Secret key').fill('wm_sk_wrong');
  await panel.getByRole('button', { name: 'Connect', exact: true }).click();
  const error = panel.locator('[data-connect-error]');
  await expect(error).toContainText('The server refused this secret key');
  await expect(error).toContainText(`${baseURL} answered 401 invalid_key`);
  await expect(panel.getByText('No flows yet')).toHaveCount(0);
  await panel.getByLabel('Secret key').fill('wm_pk_demo');
  await panel.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(error).toContainText('This is the public key');

  const reloaded = panel.waitForEvent('load');
  await panel.getByLabel('Secret key').fill('wm_sk_demo');
  await panel.getByRole('button', { name: 'Connect', exact: true }).click();
  await reloaded;

  // The demo's flows are live in production: the list says so.
  const list = panel.getByRole('list', { name: 'Flows' });
  await expect(list.locator('[data-flow="widget-tour"]')).toContainText('Live');
  await expect(list.locator('[data-flow="widget-tour"] [data-flow-status]')).toHaveText('Live');

  // 3. The reference case from its template: three elements picked on the page.
  await panel.getByRole('button', { name: 'New flow', exact: true }).click();
  await panel.locator('[data-template="activation"]').click();
  await pick(panel, app, 'step1', app.getByTestId('connect-chatbot'));
  await expect(panel.locator('[data-slot="step1"] [data-slot-value]')).toHaveText('“Connect chatbot”');
  await pick(panel, app, 'step2', app.getByRole('link', { name: 'Widget' }));
  await app.getByRole('link', { name: 'Widget' }).click();
  await expect(panel.locator('[data-connected-page]')).toContainText('/widget');
  await pick(panel, app, 'step3', app.getByTestId('save-widget'));
  await panel.getByRole('button', { name: 'Create drafts' }).click();
  // Three drafts, their milestones and the A/B test are saved on the team server before the editor opens.
  await expect(panel.getByLabel('Flow name')).toHaveValue('Get set up (bar)', { timeout: 15_000 });
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Draft');

  // 4. Publish: the release's diff first, then it goes.
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = panel.getByRole('dialog');
  // The bar's button opens the checklist, whose items start the walkthrough: all three go together.
  await expect(dialog.getByRole('region', { name: 'Added' }).getByRole('listitem')).toHaveText(['Get set up (bar)', 'Activation checklist', 'Activation walkthrough']);
  await expect(dialog.getByRole('region', { name: 'Changed' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Publish to Production' }).click();
  await expect(lastToast(panel)).toContainText('to Production with this flow');
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live');
  await expect(panel.locator('[data-flow-status][data-env="staging"]')).toHaveText('Staging: Draft');
  await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  await expect(list.locator('[data-flow="activation-walkthrough"] [data-flow-status]')).toHaveText('Live');
  await list.locator('[data-flow="get-set-up-bar"]').click();
  const minutes = (Date.now() - started) / 60_000;
  test.info().annotations.push({ type: 'first run to a published template (minutes)', description: minutes.toFixed(2) });
  console.log(`first run to a published template: ${(minutes * 60).toFixed(0)} s of automated steps`);
  expect(minutes).toBeLessThan(10);

  // The end user sees it on the next load (the bar starts on the page the PM made it on).
  const user = await builder.context.newPage();
  await user.goto(`${baseURL}/widget?user=fresh-${Date.now()}`);
  await expect(user.locator('waymark-root [data-wm-kind="bar"]')).toContainText('steps away from going live');
  await user.close();

  // 5. Edit → Live with unpublished changes; pause → Paused; roll back to before it → a draft there again.
  const content = panel.getByRole('textbox', { name: 'Content', exact: true }).first();
  await content.fill('Three steps and you are live.');
  await content.press('Tab');
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live with unpublished changes');
  await panel.getByRole('button', { name: 'Flow actions' }).click();
  await panel.getByRole('menuitem', { name: 'Pause in Production' }).click();
  await expect(panel.getByRole('dialog').getByRole('region', { name: 'Removed' })).toContainText('Get set up (bar)');
  await panel.getByRole('dialog').getByRole('button', { name: 'Pause it' }).click();
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Paused');
  await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  await expect(list.locator('[data-flow="get-set-up-bar"] [data-flow-status]')).toHaveText('Paused');

  // Roll production back to the release with the bar live (the second newest).
  await openMenuView(panel, 'Releases and rollback');
  const releases = panel.getByRole('list', { name: 'Releases' });
  await releases.locator('li').nth(1).getByRole('button', { name: /^Roll back Production/ }).click();
  await expect(panel.getByRole('dialog').getByRole('region', { name: 'Added' })).toContainText('Get set up (bar)');
  await panel.getByRole('dialog').getByRole('button', { name: 'Roll back' }).click();
  await expect(lastToast(panel)).toContainText('Production shows release');
  await panel.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(list.locator('[data-flow="get-set-up-bar"] [data-flow-status]')).toHaveText('Live with unpublished changes');
  await expect(list.locator('[data-flow="widget-tour"] [data-flow-status]')).toHaveText('Live');
});

test('a saved key the server no longer accepts is an error naming the server and the code, with a way to reconnect', async ({ builder }) => {
  const { panel, baseURL } = builder;
  await panel.evaluate((url) => (globalThis as any).chrome.storage.local.set({ 'waymark.dashboard.connection': { serverUrl: url, secretKey: 'wm_sk_rotated' } }), baseURL);
  await panel.reload();
  await expect(panel.locator('[data-load-error]')).toContainText(`${baseURL} answered 401 invalid_key`);
  await expect(panel.getByText('No flows yet')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Reconnect' })).toBeVisible();
});
