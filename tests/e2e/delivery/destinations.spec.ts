/**
 * Destinations beside the server: the analytics tools' usual globals (stand-ins for the
 * third-party scripts, defined before the page loads) get Waymark's own events, the callback gets
 * every event, and the server stores the same ids.
 */
import { expect, test } from '@playwright/test';
import { flow } from '../support/customFlows.ts';
import { sdk } from '../support/sdk.ts';
import { uniqueRun } from './page.ts';
import { demoKeys, exportEvents } from './serverEvents.ts';

test('Segment, PostHog, GA4, Amplitude, Mixpanel and a callback receive the events the server stores', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    const calls: Array<[string, string, unknown]> = ((window as any).__toolCalls = []);
    (window as any).analytics = { track: (name: string, props: unknown) => calls.push(['segment', name, props]) };
    (window as any).posthog = { capture: (name: string, props: unknown) => calls.push(['posthog', name, props]) };
    (window as any).gtag = (command: string, name: string, props: unknown) => command === 'event' && calls.push(['ga4', name, props]);
    (window as any).amplitude = { track: (name: string, props: unknown) => calls.push(['amplitude', name, props]) };
    (window as any).mixpanel = { track: (name: string, props: unknown) => calls.push(['mixpanel', name, props]) };
  });
  const run = uniqueRun('destinations');
  const welcome = flow(run, 'modal', [{ id: 'hello', type: 'modal', title: 'Hello destinations' }], { trigger: { manual: true } });
  await page.goto('/hostile/blank');
  await page.evaluate(() => ((window as any).__callback = []));
  await page.waitForFunction(() => (window as any).Waymark !== undefined);
  // The callback is a function, so the SDK is started inside the page.
  await page.evaluate(
    async ({ run, welcome, url, publicKey }) => {
      const w = (window as any).Waymark.init({
        autoStart: false,
        flushIntervalMs: 20,
        dbName: `${run}-db`,
        flows: [welcome],
        server: { url, publicKey },
        destinations: { tools: ['segment', 'posthog', 'ga4', 'amplitude', 'mixpanel'], callback: (e: unknown) => (window as any).__callback.push(e) },
      });
      (window as any).waymark = w;
      await w.ready;
      w.start(run);
      w.track('app_event', { run });
    },
    { run, welcome, url: baseURL!, publicKey: demoKeys.publicKey },
  );
  await expect(sdk(page).modal.getByRole('heading', { name: 'Hello destinations' })).toBeVisible();

  const callback = async () => (await page.evaluate(() => (window as any).__callback as Array<{ id: string; type: string; flowId?: string }>)).filter((e) => e.flowId === run || e.type === 'app_event');
  await expect.poll(async () => (await callback()).map((e) => e.type)).toEqual(['flow_started', 'step_shown', 'app_event']);
  const calls = await page.evaluate(() => (window as any).__toolCalls as Array<[string, string, Record<string, unknown>]>);
  for (const tool of ['segment', 'posthog', 'ga4', 'amplitude', 'mixpanel']) {
    // Waymark's own events only: the app's `track` calls are the app's to send.
    expect(calls.filter(([t, , p]) => t === tool && p.flow_id === run).map(([, name]) => name), tool).toEqual(['waymark_flow_started', 'waymark_step_shown']);
  }
  const ids = (await callback()).map((e) => e.id);
  await expect.poll(async () => (await exportEvents(baseURL!)).filter((e) => ids.includes(e.id)).length).toBe(3);
  const started = calls.find(([t, name]) => t === 'segment' && name === 'waymark_flow_started')![2];
  expect(ids).toContain(started.waymark_event_id);
});
