import { expect, type Locator, type Page } from '@playwright/test';

/** Types into a side-panel field and commits it (Tab fires the change: one save), then checks it kept the text. */
export async function commit(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Tab');
  await expect(field).toHaveValue(value);
}

/** Creates a flow from the side panel's flow list and waits for its editor. */
export async function createFlow(panel: Page, name: string, kind: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Flows' }).click();
  const back = panel.getByRole('button', { name: '← All flows' });
  if (await back.isVisible()) await back.click();
  await panel.getByLabel('New flow name').fill(name);
  await panel.getByLabel('New flow kind').selectOption({ label: kind });
  await panel.getByRole('button', { name: 'Create flow' }).click();
  await expect(panel.getByLabel('Flow name')).toHaveValue(name);
}

/** Connects the side panel to a team server; the panel reloads on the new backend, then shows the connection. */
export async function connectTeamServer(panel: Page, url: string, secretKey: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Export / import' }).click();
  const team = panel.getByRole('region', { name: 'Team server' });
  await team.getByLabel('Server URL').fill(url);
  await team.getByLabel('Secret key').fill(secretKey);
  const reloaded = panel.waitForEvent('load');
  await team.getByRole('button', { name: 'Connect' }).click();
  await reloaded;
  await panel.getByRole('tab', { name: 'Export / import' }).click();
  await expect(panel.locator('[data-server-connected]')).toContainText(url);
}
