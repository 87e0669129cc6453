import type { Page } from '@playwright/test';
import { sdkReady } from './sdk.ts';

/**
 * Swaps the demo's SDK instance for one running `flows` (with its own IndexedDB name so a later
 * call with the same `dbName`, e.g. after a reload, sees the same stored progress). Events are
 * collected in `window.__customEvents`.
 */
export async function runCustomFlows(page: Page, flows: unknown[], dbName: string, options: Record<string, unknown> = {}): Promise<void> {
  await sdkReady(page);
  await page.evaluate(
    async ({ flows, dbName, options }) => {
      (window as any).waymark.destroy();
      const events: unknown[] = ((window as any).__customEvents = []);
      const w = (window as any).Waymark.init({ dbName, userId: 'engine-user', flows, ...options });
      w.on('event', (e: unknown) => events.push(e));
      (window as any).waymark = w;
      await w.ready;
    },
    { flows, dbName, options },
  );
}

export const customEvents = (page: Page): Promise<Array<{ type: string; flowId?: string; stepId?: string; props: Record<string, unknown> }>> =>
  page.evaluate(() => (window as any).__customEvents);

export const flow = (id: string, kind: string, steps: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1, id, version: 1, name: id, kind, frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps, ...extra,
});

export const testid = (id: string) => ({ selectors: [{ kind: 'testid', value: `[data-testid="${id}"]`, weight: 1 }] });
