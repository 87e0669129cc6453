import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { recordEvents, sdkReady } from './support/sdk.ts';
import { runCustomFlows } from './support/customFlows.ts';

/** The demo's checklist lives in its resource center, which has taken over its launcher. */
const checklist = (page: Page) => {
  const root = page.locator('waymark-root [data-wm-kind="resource-center"]');
  return {
    root,
    launcher: root.locator('.wm-rc-launcher'),
    panel: root.locator('[data-wm-kind="checklist"]'),
    item: (title: string) => root.locator('.wm-checklist-item', { hasText: title }),
  };
};

/** The checklist on its own, with its own launcher (a project without a resource center). */
const ownChecklist = (page: Page) => {
  const root = page.locator('waymark-root .wm-checklist');
  return { root, launcher: root.locator('.wm-launcher'), panel: root.locator('.wm-checklist-panel') };
};
const demoChecklist = () => JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8')).flows.find((f: { id: string }) => f.id === 'activation-checklist');

test.describe('activation checklist', () => {
  test('a launcher with progress opens a panel of items', async ({ page }) => {
    await page.goto('/team');
    const c = checklist(page);
    await expect(c.launcher).toHaveText(/Help\s*0 of 4/);
    await expect(c.launcher).toHaveAttribute('aria-expanded', 'false');
    await c.launcher.click();
    await expect(c.root.getByRole('heading', { name: 'Get your chatbot live' })).toBeVisible();
    await expect(c.panel.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '0 of 4');
    await expect(c.root.locator('.wm-checklist-item')).toHaveCount(4);
  });

  test('an item completes from a milestone reached on another page, and clicking an item navigates', async ({ page }) => {
    const events = await recordEvents(page);
    await page.goto('/integrations');
    await sdkReady(page);
    await page.getByTestId('connect-chatbot').click();
    await page.locator('waymark-root [data-wm-kind="survey"]').getByRole('button', { name: 'Close survey' }).click();
    await page.getByRole('link', { name: 'Team' }).click();
    const c = checklist(page);
    await expect(c.launcher).toHaveText(/1 of 4/);
    await c.launcher.click();
    await expect(c.item('Connect your chatbot')).toHaveAttribute('data-done', 'true');
    await expect(c.item('Invite a teammate')).toHaveAttribute('data-done', 'false');
    expect((await events()).filter((e) => e.type === 'checklist_item_completed').map((e) => e.props.item)).toEqual(['connect']);

    await c.item('Customise the widget').click();
    await expect(page).toHaveURL(/\/widget$/);
    await expect(page.locator('waymark-root [data-wm-kind="tooltip"]').getByRole('heading', { name: 'Pick your brand colour' })).toBeVisible();
    await expect(c.panel).toHaveCount(0);
  });

  test('open/minimised state and progress survive a reload; dismiss hides it', async ({ page }) => {
    await page.goto('/team');
    const flows = [demoChecklist()];
    await runCustomFlows(page, flows, 'checklist-own-launcher');
    const c = ownChecklist(page);
    await c.launcher.click();
    await expect(c.panel).toBeVisible();
    await page.reload();
    await runCustomFlows(page, flows, 'checklist-own-launcher');
    await expect(c.panel).toBeVisible();
    await c.launcher.click();
    await expect(c.panel).toHaveCount(0);
    await page.reload();
    await runCustomFlows(page, flows, 'checklist-own-launcher');
    await expect(c.launcher).toBeVisible();
    await expect(c.panel).toHaveCount(0);
    await c.launcher.click();
    await c.panel.getByRole('button', { name: 'Dismiss checklist' }).click();
    await expect(c.root).toHaveCount(0);
  });
});
