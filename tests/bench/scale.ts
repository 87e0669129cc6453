/**
 * Scale: anchor resolution on a 5,000-node page, engine evaluation per navigation with 10/100/1,000
 * flows, and the anchor observer's CPU share while the page makes 10,000 DOM mutations a second.
 */
import type { Browser, Page } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { median } from './printTable.ts';

const ORIGIN = 'http://bench.local';

async function bareSdkPage(browser: Browser, extraJs = ''): Promise<Page> {
  const page = await browser.newPage();
  const sdk = readFileSync('dist/sdk/waymark.iife.js', 'utf8');
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/sdk.js') return route.fulfill({ body: sdk, contentType: 'text/javascript' });
    if (path === '/extra.js') return route.fulfill({ body: extraJs, contentType: 'text/javascript' });
    return route.fulfill({ body: '<!doctype html><html lang="en"><body><main id="app"></main><script src="/extra.js"></script><script src="/sdk.js"></script></body></html>', contentType: 'text/html' });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}

/** Median ms to resolve each kind of anchor among 5,000 elements. */
export async function anchorResolution(browser: Browser): Promise<Array<[string, number]>> {
  const bundle = await build({ entryPoints: ['shared/anchor/resolveAnchor.ts'], bundle: true, minify: true, format: 'iife', globalName: 'WaymarkAnchor', write: false, logLevel: 'silent' });
  const page = await bareSdkPage(browser, bundle.outputFiles[0]!.text);
  const results = await page.evaluate(() => {
    const app = document.getElementById('app')!;
    for (let s = 0; s < 100; s++) {
      const section = document.createElement('section');
      section.className = `card-${s}`;
      for (let i = 0; i < 49; i++) {
        const el = document.createElement(i % 7 === 0 ? 'button' : 'div');
        el.textContent = `Item ${s}-${i}`;
        if (i % 7 === 0) el.setAttribute('aria-label', `Action ${s}-${i}`);
        section.appendChild(el);
      }
      app.appendChild(section);
    }
    const target = app.querySelectorAll('button')[600]!;
    target.setAttribute('data-testid', 'deep-target');
    const resolve = (window as any).WaymarkAnchor.resolveAnchor as (a: unknown) => { status: string };
    const anchors: Record<string, unknown> = {
      testid: { selectors: [{ kind: 'testid', value: '[data-testid="deep-target"]', weight: 1 }] },
      'aria-label': { selectors: [{ kind: 'aria', value: `button[aria-label="${target.getAttribute('aria-label')}"]`, weight: 0.8 }] },
      'role + text': { selectors: [{ kind: 'role', value: 'main', weight: 0.6 }], role: 'button', name: target.getAttribute('aria-label')!, text: target.textContent! },
      'stale testid, text fallback': { selectors: [{ kind: 'testid', value: '[data-testid="renamed"]', weight: 1 }, { kind: 'text', value: 'main', weight: 0.5 }], tag: 'button', text: target.textContent! },
      missing: { selectors: [{ kind: 'css', value: '#nope', weight: 1 }], text: 'Nothing like this' },
    };
    const out: Record<string, number[]> = {};
    for (const [name, anchor] of Object.entries(anchors)) {
      out[name] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        resolve(anchor);
        out[name].push(performance.now() - t);
      }
    }
    return { out, nodes: document.getElementsByTagName('*').length };
  });
  await page.close();
  return Object.entries(results.out).map(([name, times]) => [`${name} (${results.nodes} nodes)`, median(times)]);
}

/** Median ms of the SDK's work after an SPA navigation (route handler, milestones, evaluation) with `count` flows loaded. */
export async function engineEvaluation(browser: Browser, count: number): Promise<number> {
  const page = await bareSdkPage(browser);
  const times = await page.evaluate(async (count) => {
    const flows = Array.from({ length: count }, (_, i) => ({
      schemaVersion: 1, id: `f${i}`, version: 1, name: `Flow ${i}`, kind: i % 2 ? 'modal' : 'announcement', frequency: { type: 'once' },
      trigger: { pages: { include: [{ type: i % 3 ? 'glob' : 'exact', value: `/area-${i}/**` }], exclude: [{ type: 'regex', value: `^/private-${i}` }] } },
      steps: [i % 2 ? { id: 's', type: 'modal', title: 'Hi' } : { id: 's', type: 'bar', title: 'Hi' }],
    }));
    // The browser's own pushState (the SDK wraps it) changes the URL outside the timed part: its
    // cost is the browser's, not the SDK's. The timed part is the navigation event the SDK sees.
    const browserPushState = history.pushState.bind(history);
    const w = (window as any).Waymark.init({ dbName: `engine-${count}`, flows });
    await w.ready;
    const out: number[] = [];
    for (let i = 0; i < 40; i++) {
      browserPushState(null, '', `/page-${i}`);
      const t = performance.now();
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
      for (let k = 0; k < 4; k++) await Promise.resolve();
      out.push(performance.now() - t);
    }
    return out;
  }, count);
  await page.close();
  return median(times);
}

/** Extra main-thread time per second of wall time while the SDK waits for an anchor during 10k mutations/s. */
export async function observerCpuShare(browser: Browser): Promise<number> {
  const run = async (withSdk: boolean) => {
    const page = await bareSdkPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    if (withSdk) {
      await page.evaluate(async () => {
        const w = (window as any).Waymark.init({ dbName: 'observer', flows: [{
          schemaVersion: 1, id: 'wait', version: 1, name: 'Wait', kind: 'tour', trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, frequency: { type: 'every_session' },
          steps: [{ id: 's', type: 'tooltip', anchor: { selectors: [{ kind: 'testid', value: '[data-testid="never"]' }], text: 'Never here' }, onMissing: { policy: 'wait' } }],
        }] });
        await w.ready;
      });
    }
    const metric = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> }).metrics.map((m) => [m.name, m.value]));
    const before = await metric();
    const wall = await page.evaluate(() => new Promise<number>((resolve) => {
      const app = document.getElementById('app')!;
      const start = performance.now();
      let n = 0;
      const tick = setInterval(() => {
        for (let i = 0; i < 100; i++) {
          const el = document.createElement('span');
          el.textContent = String(n++);
          app.appendChild(el);
          if (app.childElementCount > 500) app.firstElementChild!.remove();
        }
        if (performance.now() - start > 2000) {
          clearInterval(tick);
          resolve((performance.now() - start) / 1000);
        }
      }, 10);
    }));
    const after = await metric();
    await page.close();
    return { task: after.TaskDuration! - before.TaskDuration!, wall };
  };
  const without = await run(false);
  const withSdk = await run(true);
  return Math.max(0, (withSdk.task - without.task) / withSdk.wall);
}
