import type { BrowserContext, Page } from '@playwright/test';

export interface SdkErrors {
  code: string;
  message: string;
}

/**
 * Opens the bare host page (served by the shared test server) and starts the SDK on it with
 * `options` (a `server`, timings, …). Problems the SDK reports are kept in `window.__wmErrors`.
 */
export async function startSdk(page: Page, options: Record<string, unknown>, path = '/hostile/blank'): Promise<void> {
  if (!page.url().endsWith(path)) await page.goto(path);
  await page.waitForFunction(() => (window as any).Waymark !== undefined);
  await page.evaluate(async (options) => {
    const errors: unknown[] = ((window as any).__wmErrors = []);
    const w = (window as any).Waymark.init({ ...options, onError: (e: unknown) => errors.push(e) });
    (window as any).waymark = w;
    await w.ready;
  }, options);
}

export const sdkErrors = (page: Page): Promise<SdkErrors[]> => page.evaluate(() => (window as any).__wmErrors ?? []);

/** Tracks `load_test` events numbered `from`…`from+count-1` for `run`, yielding every `chunk` so delivery runs meanwhile. */
export async function trackNumbered(page: Page, run: string, from: number, count: number, chunk = count): Promise<void> {
  await page.evaluate(
    async ({ run, from, count, chunk }) => {
      for (let i = 0; i < count; i++) {
        (window as any).waymark.track('load_test', { run, n: from + i });
        if ((i + 1) % chunk === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    { run, from, count, chunk },
  );
}

/** Events waiting in the SDK's IndexedDB queue (`dbName`), read straight from the database. */
export function queuedEvents(page: Page, dbName: string): Promise<number> {
  return page.evaluate(
    (dbName) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('events')) return db.close(), resolve(0);
          const count = db.transaction('events').objectStore('events').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => (db.close(), reject(count.error));
        };
      }),
    dbName,
  );
}

/** Records when each events request left the browser (for backoff and Retry-After checks). */
export function watchEventRequests(context: BrowserContext): number[] {
  const times: number[] = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && /\/v1\/p\/[^/]+\/events$/.test(request.url())) times.push(Date.now());
  });
  return times;
}

export const uniqueRun = (name: string) => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
