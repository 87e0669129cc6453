import type { BrowserContext } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer, type RunningServer } from '../../../server/startServer.ts';
import { launchWithExtension } from '../../support/chromium.ts';

export interface DashboardEnvironment {
  /** In-memory PGlite with the demo project seeded (keys wm_pk_demo / wm_sk_demo). */
  server: RunningServer;
  /** Chromium with the built extension loaded. */
  context: BrowserContext;
  /** The extension's id: its pages are at chrome-extension://<id>/dashboard.html, sidepanel.html. */
  extensionId: string;
  close(): Promise<void>;
}

/** A seeded server and a browser with the built extension, for specs that drive the analytics dashboard. */
export async function openDashboardEnvironment(): Promise<DashboardEnvironment> {
  const extensionDir = resolve('.output/chrome-mv3');
  if (!existsSync(`${extensionDir}/manifest.json`)) throw new Error('Build the extension first: npx wxt build');
  const server = await startServer({ port: 0, database: { dataDir: 'memory://' }, seedDemo: true, log: () => {} });
  const context = await launchWithExtension(extensionDir);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    server,
    context,
    extensionId: new URL(worker.url()).host,
    async close() {
      await context.close();
      await server.close();
    },
  };
}
