/**
 * Long tasks (> 50 ms) during init on the demo, attributed with Long Animation Frame script
 * timings: which of them ran Waymark's script.
 */
import type { Browser, Page } from '@playwright/test';
import { median } from './printTable.ts';

export interface MainThreadResult {
  longTasks: number;
  longestTaskMs: number;
  sdkScriptMsInLongFrames: number;
  sdkLongestScriptMs: number;
}

/**
 * `cpuSlowdown` > 1 throttles the CPU through the DevTools protocol (4 = a mid-range phone);
 * `preparePage` may route the SDK's files elsewhere (another build, the split core).
 */
export async function mainThreadDuringInit(browser: Browser, baseUrl: string, cpuSlowdown = 1, preparePage?: (page: Page) => Promise<void>): Promise<MainThreadResult> {
  const page = await browser.newPage();
  await preparePage?.(page);
  if (cpuSlowdown > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.addInitScript(() => {
    const seen = { tasks: [] as number[], scripts: [] as Array<{ url: string; ms: number }> };
    (window as unknown as { __main: typeof seen }).__main = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as Array<PerformanceEntry & { scripts?: Array<{ sourceURL: string; duration: number }> }>) {
        for (const s of frame.scripts ?? []) seen.scripts.push({ url: s.sourceURL, ms: s.duration });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  await page.goto(`${baseUrl}/widget?user=bench-${Date.now()}`);
  await page.waitForFunction(() => (window as any).waymark?.ready);
  await page.evaluate(() => (window as any).waymark.ready);
  await page.waitForTimeout(1000);
  const seen = await page.evaluate(() => (window as unknown as { __main: { tasks: number[]; scripts: Array<{ url: string; ms: number }> } }).__main);
  await page.close();
  const sdk = seen.scripts.filter((s) => s.url.includes('/sdk/') || s.url.includes('waymark-setup'));
  return {
    longTasks: seen.tasks.length,
    longestTaskMs: Math.max(0, ...seen.tasks),
    sdkScriptMsInLongFrames: sdk.reduce((a, s) => a + s.ms, 0),
    sdkLongestScriptMs: Math.max(0, ...sdk.map((s) => s.ms)),
  };
}

/** Each measure's median over `runs` page loads: one load's long tasks swing widely on a shared machine. */
export async function mainThreadMedians(browser: Browser, baseUrl: string, cpuSlowdown = 1, runs = 3): Promise<MainThreadResult> {
  const results: MainThreadResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await mainThreadDuringInit(browser, baseUrl, cpuSlowdown));
  const medianOf = (key: keyof MainThreadResult) => median(results.map((r) => r[key]));
  return { longTasks: medianOf('longTasks'), longestTaskMs: medianOf('longestTaskMs'), sdkScriptMsInLongFrames: medianOf('sdkScriptMsInLongFrames'), sdkLongestScriptMs: medianOf('sdkLongestScriptMs') };
}
