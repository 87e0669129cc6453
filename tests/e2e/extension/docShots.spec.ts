/**
 * The README's "Building your first flow" pictures (docs/builder/*.png), taken along the
 * walkthrough's own steps at the side panel's width. Runs only with WAYMARK_DOC_SHOTS=1:
 * `WAYMARK_DOC_SHOTS=1 npx playwright test tests/e2e/extension/docShots.spec.ts`.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { openMenuView } from '../../support/panelActions.ts';

test.skip(process.env.WAYMARK_DOC_SHOTS !== '1', 'regenerates docs/builder/*.png on demand');

for (const scheme of ['light', 'dark'] as const) {
  test(`walkthrough pictures (${scheme})`, async ({ builder }) => {
    test.setTimeout(180_000);
    const { app, panel, baseURL } = builder;
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.emulateMedia({ colorScheme: scheme });
    const shot = (name: string, page: Page = panel) => page.screenshot({ path: `docs/builder/${name}${scheme === 'dark' ? '-dark' : ''}.png` });
    const pick = async (slot: string, target: ReturnType<Page['getByTestId']>) => {
      await panel.locator(`[data-slot="${slot}"]`).getByRole('button', { name: /^Pick:/ }).click();
      await target.click();
      await expect(panel.locator(`[data-slot="${slot}"] [data-slot-value]`)).toBeVisible();
    };

    await shot('01-first-run');
    await builder.connect();
    await expect(panel.locator('[data-detected-server]')).toContainText(baseURL);
    await shot('02-connect-server');
    await panel.getByLabel('Secret key').fill('wm_sk_wrong');
    await panel.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(panel.locator('[data-connect-error]')).toBeVisible();
    await shot('03-wrong-key');
    const reloaded = panel.waitForEvent('load');
    await panel.getByLabel('Secret key').fill('wm_sk_demo');
    await panel.getByRole('button', { name: 'Connect', exact: true }).click();
    await reloaded;
    await expect(panel.getByRole('list', { name: 'Flows' }).locator('[data-flow-status]').first()).toBeVisible();
    await shot('04-flows');
    await panel.getByRole('button', { name: 'New flow', exact: true }).click();
    await shot('05-templates');
    await panel.locator('[data-template="activation"]').click();
    await pick('step1', app.getByTestId('connect-chatbot'));
    await pick('step2', app.getByRole('link', { name: 'Widget' }));
    await shot('06-template-picking');
    await app.setViewportSize({ width: 1280, height: 800 });
    await app.getByRole('link', { name: 'Widget' }).click();
    await panel.locator('[data-slot="step3"]').getByRole('button', { name: /^Pick:/ }).click();
    await app.getByTestId('save-widget').hover();
    await shot('06b-picker-on-page', app);
    await app.getByTestId('save-widget').click();
    await panel.getByRole('button', { name: 'Create drafts' }).click();
    await expect(panel.getByLabel('Flow name')).toHaveValue('Get set up (bar)');
    await shot('07-editor');
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await shot('08-publish-diff');
    await panel.getByRole('dialog').getByRole('button', { name: 'Publish to Production' }).click();
    await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live');
    await shot('09-published');
    await panel.getByRole('button', { name: 'All flows', exact: true }).click();
    await panel.getByRole('list', { name: 'Flows' }).locator('[data-flow="activation-walkthrough"]').click();
    await panel.getByRole('button', { name: 'Step 3 actions' }).click();
    await panel.getByRole('menuitem', { name: 'Preview from this step' }).click();
    await expect(app.locator('waymark-builder [data-wm-kind="tooltip"]')).toBeVisible();
    await shot('10-preview-on-page', app);
    await panel.getByRole('button', { name: 'Stop preview' }).click();
    await panel.getByRole('tab', { name: 'Settings' }).click();
    await shot('11-settings');
    await openMenuView(panel, 'Releases and rollback');
    await shot('12-releases');
  });
}
