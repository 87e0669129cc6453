import { browser } from 'wxt/browser';
import type { Connection } from './AnalyticsClient.ts';

const KEY = 'waymark.dashboard.connection';

/** The server URL and secret key the PM entered, kept in the extension's own storage (never in a web page). */
export async function loadConnection(): Promise<Connection | null> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Connection> | undefined;
  return stored && typeof stored.serverUrl === 'string' && typeof stored.secretKey === 'string' ? { serverUrl: stored.serverUrl, secretKey: stored.secretKey } : null;
}

export async function saveConnection(connection: Connection | null): Promise<void> {
  if (connection) await browser.storage.local.set({ [KEY]: connection });
  else await browser.storage.local.remove(KEY);
}
