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

const tour = (id: string, steps: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2, id, version: 1, name: id, kind: 'tour', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps, ...extra,
});
const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
const tooltipCard = (page: Page) => page.locator('waymark-root [data-wm-kind="tooltip"]');

test.describe('watching and positioning on apps we did not write', () => {
  test('a step whose element appears inside nested shadow roots after the tour started shows (no light-DOM mutation needed)', async ({ page }) => {
    await openApp(page, 'todo-elements');
    await page.addScriptTag({ content: await harness() });
    const anchor = await page.evaluate(() => {
      const w = window as unknown as AppWindow;
      w.app.add!('Water plants');
      return w.anchorHarness.captureAnchor(w.app.find('Water plants', 'destroy')!);
    });
    await openApp(page, 'todo-elements', { sdk: true });
    await startSdk(page, [tour('late-row', [{ id: 'delete', type: 'tooltip', title: 'Remove it when done', anchor, placement: 'bottom' }])]);
    await page.waitForTimeout(200);
    await expect(tooltipCard(page)).toHaveCount(0);
    await page.evaluate(() => (window as unknown as AppWindow).app.add!('Water plants'));
    await expect(tooltipCard(page)).toBeVisible();
    const box = (await tooltipCard(page).boundingBox())!;
    const target = await page.evaluate(() => (window as unknown as AppWindow).app.find('Water plants', 'destroy')!.getBoundingClientRect().toJSON());
    expect(box.y).toBeGreaterThan(target.bottom);
  });

  test('a hotspot on an element inside a hidden container moves onto it when the container is shown', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    const hotspot = { schemaVersion: 2, id: 'shortcuts', version: 1, name: 'Shortcuts', kind: 'hotspot', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
      steps: [{ id: 'tip', type: 'hotspot', title: 'Shortcuts', content: text('Press ? for every shortcut.'), anchor: { selectors: [{ kind: 'css', value: 'button.info-action', weight: 0.6 }], tag: 'button' } }] };
    await startSdk(page, [hotspot]);
    const beacon = page.locator('waymark-root [data-wm-kind="hotspot"]');
    await expect(beacon).toHaveCount(1);
    await page.getByTestId('show-info').click();
    await expect(beacon).toBeVisible();
    const button = (await page.locator('button.info-action').boundingBox())!;
    await expect.poll(async () => Math.round((await beacon.boundingBox())!.y - (button.y - 10))).toBe(0);
    const dot = (await beacon.boundingBox())!;
    expect(Math.abs(dot.x - (button.x + button.width - 10))).toBeLessThan(2);
  });
});

test.describe('focus stays with the app', () => {
  const input = { selectors: [{ kind: 'testid', value: '[data-testid="new-todo"]', weight: 1 }], tag: 'input' };
  const twoSteps = () => tour('focus-tour', [
    { id: 'type', type: 'tooltip', title: 'Add your first todo', content: text('Type it and press Enter.'), anchor: input, placement: 'bottom' },
    { id: 'list', type: 'tooltip', title: 'Your list', anchor: { selectors: [{ kind: 'testid', value: '[data-testid="todo-list"]', weight: 1 }] }, placement: 'top' },
  ]);

  test('a tooltip does not take focus from an autofocused input: typing and Enter reach the app, not the tour', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [twoSteps()]);
    await expect(tooltipCard(page)).toBeVisible();
    await expect(page.getByTestId('new-todo')).toBeFocused();
    await page.keyboard.type('Buy bread');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('typed')).toHaveText('Added: Buy bread');
    await expect(page.getByTestId('new-todo')).toBeFocused();
    await expect(tooltipCard(page).getByRole('heading', { name: 'Add your first todo' })).toBeVisible();
    expect((await customEvents(page)).filter((e) => e.type === 'flow_dismissed' || e.type === 'step_completed')).toEqual([]);
  });

  test('Alt+Shift+W moves focus into the tooltip; Next keeps keyboard users in the tour; Escape closes it', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [twoSteps()]);
    await expect(tooltipCard(page)).toBeVisible();
    await expect(tooltipCard(page)).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+W');
    await page.keyboard.press('Alt+Shift+KeyW');
    await expect(tooltipCard(page).getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(tooltipCard(page).getByRole('heading', { name: 'Your list' })).toBeVisible();
    await expect(tooltipCard(page).getByRole('button', { name: 'Done' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(tooltipCard(page)).toHaveCount(0);
  });

  test('the tooltip is in the Tab order after the page', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [twoSteps()]);
    await expect(tooltipCard(page)).toBeVisible();
    await page.locator('button.show-info').focus();
    await page.keyboard.press('Tab');
    await expect(tooltipCard(page).getByRole('button', { name: /Close/ })).toBeFocused();
  });
});

test.describe('pages and routes', () => {
  const bar = (id: string, title: string, include: unknown[]) => ({
    schemaVersion: 2, id, version: 1, name: id, kind: 'announcement', frequency: { type: 'once' }, trigger: { pages: { include } },
    steps: [{ id: 'bar', type: 'bar', title, content: text(`${title}.`) }],
  });
  const barLocator = (page: Page) => page.locator('waymark-root [data-wm-kind="bar"]');

  test('exact, glob and path rules see a hash route (#/active) as part of the path', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [
      bar('active-exact', 'Active todos', [{ type: 'exact', value: '/apps/todo-list.html#/active' }]),
    ]);
    await expect(barLocator(page)).toHaveCount(0);
    await page.getByRole('link', { name: 'Active' }).click();
    await expect(barLocator(page)).toHaveAttribute('aria-label', 'Active todos');
    for (const rule of [{ type: 'glob', value: '/apps/*.html#/completed' }, { type: 'path', value: '/apps/todo-list.html#/:filter' }]) {
      await openApp(page, 'todo-list', { sdk: true, hash: '#/completed' });
      await startSdk(page, [bar('completed', 'Completed todos', [rule])]);
      await expect(barLocator(page), rule.type).toHaveAttribute('aria-label', 'Completed todos');
    }
  });

  test('a bar whose page rule is exactly the list leaves on an SPA navigation away and comes back with it', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [bar('home-bar', 'Welcome to your list', [{ type: 'exact', value: '/apps/todo-list.html' }])]);
    await expect(barLocator(page)).toBeVisible();
    await page.getByTestId('nav-help').click();
    await expect(barLocator(page)).toHaveCount(0);
    await page.getByTestId('nav-home').click();
    await expect(barLocator(page)).toBeVisible();
  });
});

test.describe('bars that do not cover the app', () => {
  const topBar = (layout?: 'overlay') => ({
    schemaVersion: 2, id: `bar-${layout ?? 'push'}`, version: 1, name: 'Bar', kind: 'announcement', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
    steps: [{ id: 'bar', type: 'bar', title: 'New: keyboard shortcuts', content: text('Press ? anywhere to see every shortcut in the app, on every page.'), ...(layout ? { layout } : {}) }],
  });
  const hit = (page: Page, selector: string) => page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    const box = element.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top === element || element.contains(top);
  }, selector);

  for (const size of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    test(`at ${size.width}px a top bar reserves its height: the fixed header (logo, menu) and the first input stay visible and clickable`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, 'todo-list', { sdk: true });
      await startSdk(page, [topBar()]);
      const bar = page.locator('waymark-root [data-wm-kind="bar"]');
      await expect(bar).toBeVisible();
      const height = (await bar.boundingBox())!.height;
      await expect.poll(async () => Math.abs(parseFloat(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--waymark-offset-top'))) - height)).toBeLessThanOrEqual(1);
      expect(await hit(page, '.app-header .logo')).toBe(true);
      expect(await hit(page, '[data-testid="nav-help"]')).toBe(true);
      expect(await hit(page, '[data-testid="new-todo"]')).toBe(true);
      await bar.getByRole('button', { name: 'Dismiss announcement' }).click();
      await expect(bar).toHaveCount(0);
      expect(await page.locator('[data-waymark-spacer]').count()).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--waymark-offset-top'))).toBe('');
    });
  }

  test('layout overlay keeps the old behaviour: the bar covers the top edge and reserves nothing', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [topBar('overlay')]);
    await expect(page.locator('waymark-root [data-wm-kind="bar"]')).toBeVisible();
    expect(await page.locator('[data-waymark-spacer]').count()).toBe(0);
    expect(await hit(page, '.app-header .logo')).toBe(false);
  });
});

test.describe('checklist on an app we did not write', () => {
  const checklistFlow = (pinned?: boolean) => ({
    schemaVersion: 2, id: 'getting-started', version: 1, name: 'Getting started', kind: 'checklist', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps: [],
    checklist: { title: 'Get started', ...(pinned ? { pinned } : {}), items: [{ id: 'add', title: 'Add a todo', milestone: 'added' }] },
  });
  const panel = (page: Page) => page.locator('waymark-root .wm-checklist-panel');
  const launcher = (page: Page) => page.locator('waymark-root .wm-launcher');

  test('Escape closes the open checklist, from the launcher that opened it too, and focus stays on the launcher', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [checklistFlow()]);
    await launcher(page).click();
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(launcher(page)).toBeFocused();
    await launcher(page).press('Enter');
    await expect(panel(page)).toBeVisible();
    await panel(page).locator('.wm-checklist-item').focus();
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
  });

  test('the open checklist closes on an SPA navigation unless it is pinned', async ({ page }) => {
    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [checklistFlow()]);
    await launcher(page).click();
    await expect(panel(page)).toBeVisible();
    await page.getByRole('link', { name: 'Active' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expect(launcher(page)).toBeVisible();

    await openApp(page, 'todo-list', { sdk: true });
    await startSdk(page, [checklistFlow(true)]);
    await launcher(page).click();
    await page.getByRole('link', { name: 'Active' }).click();
    await page.waitForTimeout(200);
    await expect(panel(page)).toBeVisible();
  });
});

test.describe('one thing at a time on first load', () => {
  test('bar, tour and checklist all triggered: the bar and the tour share the screen without overlapping, the launcher waits for the tour to end', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, 'todo-list', { sdk: true });
    const everywhere = { pages: { include: [{ type: 'glob', value: '/**' }] } };
    await startSdk(page, [
      { schemaVersion: 2, id: 'news', version: 1, name: 'News', kind: 'announcement', priority: 1, frequency: { type: 'once' }, trigger: everywhere, steps: [{ id: 'bar', type: 'bar', title: 'New: shared lists', content: text('Invite your family and plan the week together.') }] },
      tour('first-run', [{ id: 'logo', type: 'tooltip', title: 'Your workspace', content: text('Everything you add lives here.'), anchor: { selectors: [{ kind: 'css', value: '.app-header .logo', weight: 0.6 }] }, placement: 'top' }]),
      { schemaVersion: 2, id: 'start', version: 1, name: 'Start', kind: 'checklist', frequency: { type: 'once' }, trigger: everywhere, steps: [], checklist: { title: 'Get started', items: [{ id: 'add', title: 'Add a todo', milestone: 'added' }] } },
    ]);
    const bar = page.locator('waymark-root [data-wm-kind="bar"]');
    const launcher = page.locator('waymark-root .wm-launcher');
    await expect(bar).toBeVisible();
    await expect(tooltipCard(page)).toBeVisible();
    await page.waitForTimeout(300);
    await expect(launcher).toHaveCount(0);
    const b = (await bar.boundingBox())!;
    const t = (await tooltipCard(page).boundingBox())!;
    expect(t.y, 'the tooltip sits below the bar, not over it').toBeGreaterThanOrEqual(b.y + b.height);
    await tooltipCard(page).getByRole('button', { name: 'Got it' }).click();
    await expect(tooltipCard(page)).toHaveCount(0);
    await expect(launcher).toBeVisible();
  });
});
