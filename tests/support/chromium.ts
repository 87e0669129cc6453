/**
 * The one way every suite starts Chromium: Debian's build (Playwright cannot download browsers
 * here), headless, with the flags this closed network needs. Extension suites use
 * `launchWithExtension`, which loads an unpacked build into a persistent context.
 */
import { chromium, type BrowserContext, type LaunchOptions } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumLaunchOptions(extra: LaunchOptions = {}): LaunchOptions {
  if (!existsSync(chromiumPath)) throw new Error(`Chromium not found at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  return { executablePath: chromiumPath, headless: true, ...extra, args: [...chromiumArgs, ...(extra.args ?? [])] };
}

export async function launchWithExtension(extensionDir: string): Promise<BrowserContext> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'waymark-ext-'));
  return chromium.launchPersistentContext(userDataDir, chromiumLaunchOptions({
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  }));
}
