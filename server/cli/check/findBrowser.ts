import { existsSync } from 'node:fs';

const knownPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

/**
 * The Chromium to drive: `--browser-path`, else WAYMARK_BROWSER_PATH or CHROMIUM_PATH, else a
 * system install; undefined means Playwright's own download (`npx playwright install chromium`).
 */
export function findBrowser(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = explicit ?? env.WAYMARK_BROWSER_PATH ?? env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`no browser at ${chosen}`);
    return chosen;
  }
  return knownPaths.find((path) => existsSync(path));
}

/** Headless in containers and CI: no sandbox (often root), no GPU, no background traffic. */
export const browserArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
