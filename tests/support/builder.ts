/**
 * Fixtures for the builder extension's end-to-end tests: one Chromium with the BUILT extension
 * (.output/chrome-mv3, from `wxt build`) per worker, the demo app in one tab and the real side
 * panel page (`chrome-extension://<id>/sidepanel.html`) in another.
 */
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './chromium.ts';

export const extensionDir = resolve('.output/chrome-mv3');

export interface BuilderWorker {
  context: BrowserContext;
  extensionId: string;
  baseURL: string;
}

export interface Builder extends BuilderWorker {
  /** The demo app (the PM's product) in a tab. */
  app: Page;
  /** The builder's side panel page, opened in a tab. */
  panel: Page;
  /** Connects the demo's site in the panel and waits until the panel follows the app tab. */
  connect(): Promise<void>;
}

/**
 * Grants the extension access to `origin` the way a user does on chrome://extensions ("Site
 * access"), so the panel's `permissions.request` resolves without the browser's prompt, which
 * automation cannot click.
 */
async function grantSiteAccess(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  const result = await page.evaluate(
    ([id, pattern]) =>
      new Promise<string>((done) => {
        const api = (globalThis as any).chrome.developerPrivate;
        api.addHostPermission(id, pattern, () => done((globalThis as any).chrome.runtime.lastError?.message ?? 'ok'));
      }),
    [extensionId, `${origin}/*`] as const,
  );
  await page.close();
  if (result !== 'ok') throw new Error(`could not grant ${origin}: ${result}`);
}

export const test = base.extend<{ builder: Builder }, { builderWorker: BuilderWorker }>({
  builderWorker: [
    async ({}, use, workerInfo) => {
      if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('Build the extension first: npx wxt build');
      const baseURL = String(workerInfo.project.use.baseURL);
      const context = await launchWithExtension(extensionDir);
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const extensionId = new URL(worker.url()).host;
      await grantSiteAccess(context, extensionId, new URL(baseURL).origin);
      await use({ context, extensionId, baseURL });
      await context.close();
    },
    { scope: 'worker' },
  ],
  builder: async ({ builderWorker }, use, testInfo) => {
    const { context, extensionId, baseURL } = builderWorker;
    const app = await context.newPage();
    // The demo keeps its own state (connected integrations, team) in localStorage: start clean.
    await app.goto(`${baseURL}/healthz`);
    await app.evaluate(() => localStorage.clear());
    await app.goto(`${baseURL}/integrations?user=${encodeURIComponent(`pm-${testInfo.testId}`)}`);
    const panel = await context.newPage();
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    await panel.goto(panelUrl);
    // Each test starts on the local backend (no team server) with an empty builder database.
    await panel.evaluate(() => (globalThis as any).chrome.storage.local.remove('waymark.dashboard.connection'));
    await panel.evaluate(() => new Promise((done) => {
      const request = indexedDB.deleteDatabase('waymark-builder');
      request.onsuccess = request.onerror = request.onblocked = () => done(null);
    }));
    await panel.goto(panelUrl);
    const connect = async () => {
      // The panel offers the tab in front when it may see its address (activeTab, or a site allowed
      // earlier in this browser); otherwise the address is typed.
      const host = new URL(baseURL).host;
      const connected = panel.locator('[data-connected-page]');
      const offer = panel.getByRole('button', { name: `Allow Waymark on ${host}` });
      const typed = panel.getByLabel('Site URL');
      await expect(connected.or(offer).or(typed).first()).toBeVisible();
      if (await offer.isVisible()) await offer.click();
      else if (await typed.isVisible()) {
        await typed.fill(baseURL);
        await panel.getByRole('button', { name: 'Connect site' }).click();
      }
      await expect(connected).toContainText(host);
    };
    await use({ ...builderWorker, app, panel, connect });
    await panel.close();
    await app.close();
  },
});

export { expect };
