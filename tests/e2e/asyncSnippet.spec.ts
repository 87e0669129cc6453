import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sdk } from './support/sdk.ts';

const snippet = readFileSync('dist/sdk/waymark.snippet.js', 'utf8');

const helloFlow = {
  schemaVersion: 1, id: 'hello', version: 1, name: 'Hello', kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' },
  steps: [{ id: 'hi', type: 'modal', title: 'Hello from the snippet' }],
};

test('the async snippet queues calls made before the SDK loads and replays them in order, under a nonce CSP', async ({ page }) => {
  const html = `<!doctype html><html lang="en"><head><title>Snippet</title></head><body><h1>Host app</h1>
<script nonce="n0nce">${snippet}</script>
<script nonce="n0nce">
  window.cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.blockedURI || e.violatedDirective));
  window.seen = [];
  waymark.init({ flows: [${JSON.stringify(helloFlow)}], dbName: 'snippet-test' });
  waymark.on('event', (e) => window.seen.push(e.type));
  waymark.identify('early-user');
  waymark.track('before_load');
  waymark.start('hello');
</script>
<script>window.unNoncedRan = true;</script>
</body></html>`;
  await page.route('**/snippet-host', (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'nonce-n0nce'; style-src 'self'" },
      body: html,
    }),
  );
  await page.goto('/snippet-host');
  await expect(sdk(page).modal.getByRole('heading', { name: 'Hello from the snippet' })).toBeVisible();
  expect(await page.evaluate(() => (window as any).unNoncedRan)).toBeUndefined();
  const seen: string[] = await page.evaluate(() => (window as any).seen);
  expect(seen.slice(0, 2)).toEqual(['before_load', 'flow_started']);
  expect(await page.evaluate(() => typeof (window as any).waymark.ready?.then)).toBe('function');
  // The only violation is the deliberately un-nonced inline script; the SDK itself needs none.
  expect(await page.evaluate(() => (window as any).cspViolations)).toEqual(['inline']);
});
