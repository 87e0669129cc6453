/**
 * One user on two devices (two browser contexts, so two IndexedDBs) of the demo, which keeps
 * user state on its Waymark server: what was done on one is not asked again on the other.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sdk, sdkReady } from '../support/sdk.ts';
import { uniqueRun } from './page.ts';

async function device(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  return context.newPage();
}

const checklist = (page: Page) => page.locator('waymark-root [data-wm-kind="checklist"]');
/** The resource center's launcher, which carries the checklist's progress. */
const launcherOf = (page: Page) => page.locator('waymark-root .wm-rc-launcher');

test('a tour completed and a milestone reached on one device carry over to another', async ({ browser, baseURL }) => {
  const user = `${uniqueRun('sync')}@acme-shoes.example`;
  const laptop = await device(browser, baseURL!);
  await laptop.goto(`/widget?user=${encodeURIComponent(user)}`);
  const tooltip = sdk(laptop).tooltip;
  await expect(tooltip.getByRole('heading', { name: 'Pick your brand colour' })).toBeVisible();
  for (let i = 0; i < 3; i++) await tooltip.getByRole('button', { name: 'Next' }).click();
  await tooltip.getByRole('button', { name: 'Done' }).click();
  await expect(tooltip).toHaveCount(0);
  await laptop.evaluate(() => (window as any).waymark.track('teammate_invited'));
  await expect(launcherOf(laptop)).toHaveText(/1 of 4/);
  await laptop.evaluate(() => (window as any).waymark.flush());

  const phone = await device(browser, baseURL!);
  await phone.goto(`/widget?user=${encodeURIComponent(user)}`);
  await sdkReady(phone);
  const launcher = launcherOf(phone);
  await expect(launcher).toHaveText(/1 of 4/);
  await launcher.click();
  await expect(checklist(phone).locator('.wm-checklist-item', { hasText: 'Invite a teammate' })).toHaveAttribute('data-done', 'true');
  await expect(sdk(phone).tooltip).toHaveCount(0);

  // A different user on the same phone starts from the beginning.
  await phone.goto(`/widget?user=${encodeURIComponent(`other-${user}`)}`);
  await expect(sdk(phone).tooltip.getByRole('heading', { name: 'Pick your brand colour' })).toBeVisible();
  await Promise.all([laptop.context().close(), phone.context().close()]);
});

test('changes made offline are kept and sent when the server is back', async ({ browser, baseURL }) => {
  const user = `${uniqueRun('offline')}@acme-shoes.example`;
  const laptop = await device(browser, baseURL!);
  await laptop.goto(`/team?user=${encodeURIComponent(user)}`);
  await sdkReady(laptop);
  const failed: string[] = [];
  await laptop.context().route('**/v1/p/*/users/*/state', (route) => {
    failed.push(route.request().method());
    return route.abort('internetdisconnected');
  });
  await laptop.evaluate(() => (window as any).waymark.track('widget_saved'));
  await expect(launcherOf(laptop)).toHaveText(/1 of 4/);
  await expect.poll(() => failed.filter((m) => m === 'PUT').length).toBeGreaterThan(0);
  // Closed while offline: the change waits in IndexedDB for the next page.
  await laptop.reload();
  await laptop.context().unroute('**/v1/p/*/users/*/state');
  await sdkReady(laptop);
  await laptop.evaluate(() => (window as any).waymark.flush());

  // The demo project verifies identity: the state is read with the user's hash, as the demo's page does.
  const { userHash } = await (await fetch(`${baseURL}/demo/user-hash?userId=${encodeURIComponent(user)}`)).json();
  const state = await (await fetch(`${baseURL}/v1/p/wm_pk_demo/users/${encodeURIComponent(user)}/state`, { headers: { 'X-Waymark-User-Hash': userHash } })).json();
  expect(Object.keys(state.milestones)).toEqual(['widget-customised']);
  await laptop.context().close();
});
