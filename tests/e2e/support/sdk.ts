import type { Page } from '@playwright/test';

/** Locators for what the SDK draws (Playwright pierces its open shadow root). */
export const sdk = (page: Page) => ({
  bar: page.locator('waymark-root [data-wm-kind="bar"]'),
  tooltip: page.locator('waymark-root [data-wm-kind="tooltip"]'),
  modal: page.locator('waymark-root [data-wm-kind="modal"]'),
  spotlight: page.locator('waymark-root [data-wm-spotlight]'),
  live: page.locator('waymark-root [aria-live="polite"]'),
});

/** Waits until the SDK has opened storage, loaded flows and evaluated the page. */
export async function sdkReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as any).waymark?.ready !== undefined);
  await page.evaluate(() => (window as any).waymark.ready);
}
