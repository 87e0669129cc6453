/**
 * Time to first step: the same page, the same anchor, a one-step tooltip. From just before the
 * library's script tag to the first animation frame after the step is on screen, median of RUNS
 * fresh pages in headless Chromium.
 */
import type { Browser } from '@playwright/test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Library } from './peers.ts';
import { median } from './printTable.ts';

const RUNS = 21;

const page = (lib: Library) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
${lib.css ? '<link rel="stylesheet" href="/lib.css">' : ''}</head><body>
<main style="padding:40px"><h1>Dashboard</h1><p>Some product page content.</p><button id="target" type="button">Create project</button></main>
<script>window.__t0 = performance.now();</script>
<script src="/lib.js"></script>
<script src="/start.js"></script>
</body></html>`;

const startScript = (lib: Library) => `
(() => {
  const find = () => document.querySelector(${JSON.stringify(lib.stepSelector)}) ??
    [...document.querySelectorAll('*')].map((el) => el.shadowRoot?.querySelector(${JSON.stringify(lib.stepSelector)})).find(Boolean);
  const shown = (el) => { if (!el) return false; const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none'; };
  const poll = () => shown(find()) ? requestAnimationFrame(() => { window.__ttfs = performance.now() - window.__t0; }) : requestAnimationFrame(poll);
  requestAnimationFrame(poll);
  ${lib.showStep}
})();`;

/**
 * Median ms, or null when the library cannot show a step offline. The page and the library's files
 * come from a local HTTP server (no caching headers, so every run fetches them again), as a real
 * page would get them: a library that loads a second file pays for that request.
 */
export async function timeToFirstStep(browser: Browser, lib: Library): Promise<number | null> {
  if (!lib.showStep || !lib.stepSelector) return null;
  const files: Record<string, [string, string]> = {
    '/': [page(lib), 'text/html'],
    '/lib.js': [lib.js, 'text/javascript'],
    '/lib.css': [lib.css, 'text/css'],
    '/start.js': [startScript(lib), 'text/javascript'],
    ...Object.fromEntries(Object.entries(lib.assets ?? {}).map(([path, body]) => [path, [body, 'text/javascript'] as [string, string]])),
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!file) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': `${file[1]}; charset=utf-8` }).end(file[0]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext();
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const p = await context.newPage();
      await p.goto(`${origin}/`);
      await p.waitForFunction(() => (window as unknown as { __ttfs?: number }).__ttfs !== undefined, null, { timeout: 10_000 });
      const t = await p.evaluate(() => (window as unknown as { __ttfs: number }).__ttfs);
      if (i > 0) times.push(t); // the first run warms the compiler
      await p.close();
    }
  } finally {
    await context.close();
    server.close();
  }
  return median(times);
}
