import { expect, type Locator, type Page } from '@playwright/test';

/** Types into a side-panel field and commits it (Tab fires the change: one save), then checks it kept the text. */
export async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

/** Goes back to the flow list (from an editor, a template or the new-flow view). */
export async function toFlowList(panel: Page): Promise<void> {
  await panel.getByRole('tab', { name: 'Flows' }).click();
  for (const name of ['All flows', 'Templates']) {
    const back = panel.getByRole('button', { name, exact: true });
    if (await back.isVisible()) await back.click();
  }
  const back = panel.getByRole('button', { name: 'All flows', exact: true });
  if (await back.isVisible()) await back.click();
}

/** Creates a blank flow from the side panel ("New flow" → Start blank) and waits for its editor. */
export async function createFlow(panel: Page, name: string, kind: string): Promise<void> {
  const menuView = panel.getByRole('button', { name: 'Back', exact: true });
  if (await menuView.isVisible()) await menuView.click();
  await toFlowList(panel);
  const newFlow = panel.getByRole('button', { name: 'New flow', exact: true });
  if (await newFlow.isVisible()) await newFlow.click();
  await panel.getByLabel('New flow name').fill(name);
  await panel.getByLabel('New flow kind').selectOption({ label: kind });
  await panel.getByRole('button', { name: 'Create flow' }).click();
  await expect(panel.getByLabel('Flow name')).toHaveValue(name);
}

/** Opens one of the project menu's views (Export / import, Releases and rollback, Team server, Connected sites). */
export async function openMenuView(panel: Page, name: string): Promise<void> {
  const back = panel.getByRole('button', { name: 'Back', exact: true });
  if (await back.isVisible()) await back.click();
  await panel.getByRole('button', { name: 'Project menu' }).click();
  await panel.getByRole('menuitem', { name }).click();
}

/** The latest toast the panel showed (feedback after saving, publishing, undoing). */
export function lastToast(panel: Page): Locator {
  return panel.locator('[data-toast]').last();
}

/** Opens a step's "More options" (placement, progress, page, advance rule…) when closed. */
export async function moreOptions(panel: Page): Promise<void> {
  const details = panel.locator('.step-editor details.wm-disclosure');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
}

/** Opens a step card's menu and picks an action (Move up, Duplicate, Delete step…). */
export async function stepAction(panel: Page, step: number, action: string): Promise<void> {
  await panel.getByRole('button', { name: `Step ${step} actions` }).click();
  await panel.getByRole('menuitem', { name: action }).click();
}

/**
 * Types the server's address into a connect form. When the page's SDK announced its server the
 * form shows that address with a "Change" link instead of the field: follow it first.
 */
export async function fillServerUrl(form: Locator, url: string): Promise<void> {
  const field = form.getByLabel('Server URL');
  const change = form.locator('[data-detected-server]').getByRole('button', { name: 'Change', exact: true });
  await expect(field.or(change)).toBeVisible();
  if (await change.isVisible()) await change.click();
  await field.fill(url);
}

/** Connects the side panel to a team server; the panel reloads on the new backend, then shows the connection. */
export async function connectTeamServer(panel: Page, url: string, secretKey: string): Promise<void> {
  await openMenuView(panel, 'Team server');
  const team = panel.getByRole('region', { name: 'Team server' });
  const change = team.getByRole('button', { name: 'Change key or server', exact: true });
  if (await change.isVisible()) await change.click();
  await fillServerUrl(team, url);
  await team.getByLabel('Secret key').fill(secretKey);
  const reloaded = panel.waitForEvent('load');
  await team.getByRole('button', { name: 'Connect' }).click();
  await reloaded;
  await openMenuView(panel, 'Team server');
  await expect(panel.locator('[data-server-connected]')).toContainText(url);
}
