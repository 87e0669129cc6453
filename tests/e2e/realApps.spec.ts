import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Anchor } from '../../shared/schema/anchor.ts';
import type { AnchorHarness } from '../fixtures/anchorHarness.ts';
import { openApp, startSdk, type FixtureApp } from './support/fixtureApps.ts';
import { customEvents } from './support/customFlows.ts';

type AppWindow = Window & { anchorHarness: AnchorHarness; app: { find(title: string, control: string): Element | null } & Record<string, (...args: unknown[]) => void> };

let harnessScript: Promise<string> | undefined;
const harness = () => (harnessScript ??= build({ entryPoints: ['tests/fixtures/anchorHarness.ts'], bundle: true, write: false, format: 'iife' }).then((r) => r.outputFiles[0]!.text));

/** Captures the anchor of a row's control the way the builder's picker does (the same shared module). */
async function captureOn(page: Page, app: FixtureApp, title: string, control: string): Promise<Anchor> {
  await openApp(page, app);
  await page.addScriptTag({ content: await harness() });
  return page.evaluate(({ title, control }) => {
    const w = window as unknown as AppWindow;
    return w.anchorHarness.captureAnchor(w.app.find(title, control)!);
  }, { title, control });
}

const reached = async (page: Page) => (await customEvents(page)).filter((e) => e.type === 'milestone_reached').map((e) => e.props.milestone);

test.describe('on apps we did not write', () => {
  test('a click milestone on "any row\'s checkbox" counts clicks on every row, rows added later included', async ({ page }) => {
    for (const app of ['todo-list', 'todo-elements'] as const) {
      const anchor = { ...(await captureOn(page, app, 'Buy milk', 'toggle')), intent: 'any' as const };
      await openApp(page, app, { sdk: true });
      const milestones = [{ id: 'ticked', name: 'Ticked a todo', stage: 'activation', reachedBy: [{ type: 'click', anchor }] }];
      await startSdk(page, { schemaVersion: 2, flows: [], milestones });
      await page.evaluate(() => (window as unknown as AppWindow).app.add!('Water plants'));
      await page.evaluate(() => ((window as unknown as AppWindow).app.find('Water plants', 'toggle') as HTMLElement).click());
      await expect.poll(() => reached(page), { message: app }).toEqual(['ticked']);
    }
  });

  test('a click milestone on one row\'s delete button counts that row only', async ({ page }) => {
    const anchor = await captureOn(page, 'todo-elements', 'Walk the dog', 'destroy');
    await openApp(page, 'todo-elements', { sdk: true });
    await startSdk(page, { schemaVersion: 2, flows: [], milestones: [{ id: 'walked', name: 'Removed the walk', stage: 'activation', reachedBy: [{ type: 'click', anchor }] }] });
    await page.evaluate(() => ((window as unknown as AppWindow).app.find('Buy milk', 'destroy') as HTMLElement).click());
    await page.waitForTimeout(100);
    expect(await reached(page)).toEqual([]);
    await page.evaluate(() => ((window as unknown as AppWindow).app.find('Walk the dog', 'destroy') as HTMLElement).click());
    await expect.poll(() => reached(page)).toEqual(['walked']);
  });
});
