/**
 * The panel as a product: preview isolation on a page whose live SDK shows flows, keyboard-only
 * template → publish, axe on every view, and no horizontal scroll at 360–480 px.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../../support/builder.ts';
import { createFlow, openMenuView } from '../../support/panelActions.ts';
import { expectOverlay } from '../../support/builderOverlay.ts';

const demoBundle = readFileSync('demo/flows/chatly.bundle.json', 'utf8');

/** Presses Tab until the focused element's accessible name matches, as a keyboard user would. */
async function tabTo(panel: Page, name: RegExp, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await panel.keyboard.press('Tab');
    const focused = await panel.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '';
    });
    if (name.test(focused)) return;
  }
  throw new Error(`never reached ${name} with Tab`);
}

test('previewing a draft hides the live SDK\'s flows on that tab and brings them back after: never two tooltips at once', async ({ builder }) => {
  const { app, panel, baseURL } = builder;
  await app.goto(`${baseURL}/?user=preview-${Date.now()}`);
  const live = app.locator('waymark-root [data-wm-kind]');
  await expect(app.locator('waymark-root [data-wm-kind="tooltip"]')).toBeVisible();
  await builder.connect();
  await createFlow(panel, 'Draft tip', 'Tour');
  await panel.getByRole('button', { name: 'Add tooltip step' }).click();
  await panel.getByRole('button', { name: 'Pick element' }).click();
  await app.getByRole('link', { name: 'Team' }).click();
  await expect(panel.locator('[data-anchor-label]')).toBeVisible();

  await panel.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = app.locator('waymark-builder [data-wm-kind="tooltip"]');
  await expect(preview).toBeVisible();
  await expect(live).toHaveCount(0);
  await expect(app.locator('[data-wm-kind="tooltip"]')).toHaveCount(1);

  await panel.getByRole('button', { name: 'Stop preview' }).click();
  await expect(preview).toHaveCount(0);
  await expect(app.locator('waymark-root [data-wm-kind]').first()).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Preview', exact: true })).toBeVisible();
});

test('preview any step directly, as a given user: the panel says whether the audience includes them', async ({ builder }) => {
  const { app, panel } = builder;
  await builder.connect();
  await createFlow(panel, 'Two modals', 'Tour');
  for (const title of ['First', 'Second']) {
    await panel.getByRole('button', { name: 'Add modal step' }).click();
    const field = panel.getByLabel('Title', { exact: true });
    await field.fill(title);
    await field.press('Tab');
  }
  await panel.getByRole('tab', { name: 'Settings' }).click();
  const audience = panel.getByRole('group', { name: 'Audience', exact: true });
  await audience.getByRole('button', { name: 'Add condition', exact: true }).click();
  await panel.getByRole('tab', { name: 'Steps' }).click();

  await panel.getByRole('button', { name: 'Flow actions' }).click();
  await panel.getByRole('menuitem', { name: 'Preview as a user…' }).click();
  const dialog = panel.getByRole('dialog');
  await dialog.getByLabel('User traits').fill('plan: pro');
  await expect(dialog.locator('[data-audience-verdict]')).toHaveAttribute('data-audience-verdict', 'out');
  await expect(dialog.locator('[data-audience-verdict]')).toContainText('Users whose plan is trial');
  await dialog.getByLabel('User traits').fill('plan: trial');
  await expect(dialog.locator('[data-audience-verdict]')).toHaveAttribute('data-audience-verdict', 'in');
  await dialog.getByRole('button', { name: 'Use these traits' }).click();
  await expect(panel.locator('[data-preview-as]')).toHaveText('as plan: trial');

  await panel.getByRole('button', { name: 'Step 2 actions' }).click();
  await panel.getByRole('menuitem', { name: 'Preview from this step' }).click();
  await expect(app.locator('waymark-builder [data-wm-kind="modal"]').getByRole('heading', { name: 'Second' })).toBeVisible();
  await expectOverlay(app, 'banner', 'step 2 of 2 · as plan: trial');
  await panel.getByRole('button', { name: 'Stop preview' }).click();
});

test('keyboard only: a template becomes a published draft without the mouse', async ({ builder }) => {
  const { panel } = builder;
  await builder.connect();
  await panel.getByRole('button', { name: 'Work in this browser only' }).focus();
  await panel.keyboard.press('Enter');
  await tabTo(panel, /^Welcome modal/);
  await panel.keyboard.press('Enter');
  await tabTo(panel, /^Create drafts$/);
  await panel.keyboard.press('Enter');
  await expect(panel.getByLabel('Flow name')).toHaveValue('Welcome');
  await tabTo(panel, /^Publish$/);
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('dialog')).toBeVisible();
  await tabTo(panel, /^Publish to Production$/);
  await panel.keyboard.press('Enter');
  await expect(panel.locator('[data-flow-status][data-env="production"]')).toHaveText('Production: Live');
  // Menus open, move and close from the keyboard too.
  await panel.getByRole('button', { name: 'Flow actions' }).focus();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('menu')).toBeVisible();
  await panel.keyboard.press('ArrowDown');
  await panel.keyboard.press('Escape');
  await expect(panel.getByRole('menu')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Flow actions' })).toBeFocused();
});

test('every view: no serious or critical axe finding, light and dark, and no horizontal scroll at 360, 400 and 480 px', async ({ builder }) => {
  test.setTimeout(360_000);
  const { panel } = builder;
  const problems: string[] = [];
  // Contrast is checked in dark on the views that carry every kind of component; the rest in light.
  const check = async (view: string, schemes: ReadonlyArray<'light' | 'dark'> = ['light']) => {
    for (const scheme of schemes) {
      await panel.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page: panel }).analyze();
      for (const v of results.violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) problems.push(`${view} (${scheme}): ${v.id} ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    }
    for (const width of [360, 400, 480]) {
      await panel.setViewportSize({ width, height: 900 });
      const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${view} at ${width}px scrolls sideways by ${overflow}px`);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
    await panel.setViewportSize({ width: 400, height: 900 });
  };
  await check('first run');
  await builder.connect();
  await check('first run, site allowed', ['light', 'dark']);
  await openMenuView(panel, 'Export / import');
  await check('export / import');
  await panel.getByLabel('Bundle JSON to import').fill(demoBundle);
  await panel.getByRole('button', { name: 'Import bundle' }).click();
  await expect(panel.locator('[data-bundle-status]')).toContainText('Imported');
  await openMenuView(panel, 'Releases and rollback');
  await check('releases');
  await openMenuView(panel, 'Team server');
  await check('team server');
  await panel.getByRole('button', { name: 'Back', exact: true }).click();
  await check('flows', ['light', 'dark']);
  await panel.getByRole('button', { name: 'New flow', exact: true }).click();
  await check('new flow');
  await panel.locator('[data-template="activation"]').click();
  await check('template', ['light', 'dark']);
  await panel.getByRole('button', { name: 'Templates', exact: true }).click();
  await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  await panel.getByRole('list', { name: 'Flows' }).locator('[data-flow="widget-tour"]').click();
  await check('flow editor');
  await panel.locator('.step-editor details.wm-disclosure summary').click();
  await check('step, more options', ['light', 'dark']);
  for (const tab of ['Settings', 'Translations', 'Theme', 'History']) {
    await panel.getByRole('tab', { name: tab }).click();
    await check(`flow ${tab.toLowerCase()}`);
  }
  await panel.getByRole('button', { name: 'Publish', exact: true }).click();
  await check('publish dialog', ['light', 'dark']);
  await panel.keyboard.press('Escape');
  await panel.getByRole('button', { name: 'All flows', exact: true }).click();
  await panel.getByRole('list', { name: 'Flows' }).locator('[data-flow="activation-checklist"]').click();
  await check('checklist editor');
  for (const tab of ['Milestones', 'Experiments', 'Health']) {
    await panel.getByRole('tab', { name: tab, exact: true }).click();
    await check(tab.toLowerCase());
  }
  expect(problems).toEqual([]);
});
