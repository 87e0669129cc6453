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

/** Records every SDK event from the moment the page assigns `window.waymark` (call before `goto`). */
export async function recordEvents(page: Page): Promise<() => Promise<Array<{ type: string; props: Record<string, unknown>; flowId?: string; stepId?: string }>>> {
  await page.addInitScript(() => {
    const events: unknown[] = [];
    let instance: { on(type: string, fn: (e: unknown) => void): void } | undefined;
    Object.defineProperty(window, '__wmEvents', { value: events });
    Object.defineProperty(window, 'waymark', {
      configurable: true,
      get: () => instance,
      set(value) {
        instance = value;
        value?.on?.('event', (e: unknown) => events.push(e));
      },
    });
  });
  return () => page.evaluate(() => (window as any).__wmEvents);
}
