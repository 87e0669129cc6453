import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';

export type FixtureApp = 'todo-list' | 'todo-elements' | 'hidden-panels';

/**
 * Opens one of the third-party-style apps of tests/fixtures/apps/ at `/apps/<name>.html` on the
 * test server's origin (served from the file by the test, so `/sdk/…` comes from the real server).
 * With `sdk`, the page also loads the script-tag SDK (not started: tests call `Waymark.init`).
 */
export async function openApp(page: Page, name: FixtureApp, { sdk = false, hash = '' } = {}): Promise<void> {
  let html = await readFile(`tests/fixtures/apps/${name}.html`, 'utf8');
  if (sdk) html = html.replace('</body>', '<script src="/sdk/waymark.iife.js"></script></body>');
  await page.route(`**/apps/${name}.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  // A fresh document each time (a goto that only changes the fragment would keep the old page).
  await page.goto('about:blank');
  await page.goto(`/apps/${name}.html${hash}`);
}

/** Starts the SDK on the open app with `flows` (events collected in `window.__customEvents`). */
export async function startSdk(page: Page, flows: unknown, options: Record<string, unknown> = {}): Promise<void> {
  await page.waitForFunction(() => (window as any).Waymark?.init);
  await page.evaluate(async ({ flows, options }) => {
    const events: unknown[] = ((window as any).__customEvents = []);
    const w = (window as any).Waymark.init({ dbName: `apps-${Math.random()}`, userId: 'app-user', flows, ...options });
    w.on('event', (e: unknown) => events.push(e));
    w.on('error', (e: unknown) => events.push({ type: 'error', props: e }));
    (window as any).waymark = w;
    await w.ready;
  }, { flows, options });
}
