import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What `npm start` prints once the demo runs: the page to open, how to load the builder and the
 * key to paste, so the README's walkthrough needs nothing else.
 */
export function demoGuide(port: number, secretKey: string, extensionDir = resolve('.output/chrome-mv3')): string {
  const built = existsSync(`${extensionDir}/manifest.json`);
  return [
    '',
    'Next: build your first flow on the demo',
    `  1. Open the Chatly demo:     http://localhost:${port}/`,
    `  2. Load the builder:         chrome://extensions → Developer mode → Load unpacked → ${extensionDir}${built ? '' : ' (run `npx wxt build` first)'}`,
    '  3. Open it:                  click the Waymark icon in the toolbar on the Chatly tab (pin it from the puzzle menu)',
    `  4. In the panel:             "Allow Waymark on localhost:${port}", then paste the secret key ${secretKey}`,
    '  5. Pick a template, pick its elements on the page, Publish. README.md → "Building your first flow" has the pictures.',
    '',
  ].join('\n');
}
