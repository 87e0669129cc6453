import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { listedFlows, resourceCenterFlow } from '../fixtures/resourceCenter.ts';

const milestones = [
  { id: 'connected', name: 'Connected', stage: 'activation', reachedBy: [{ type: 'event', name: 'integration_connected' }] },
  { id: 'invited', name: 'Invited', stage: 'activation', reachedBy: [{ type: 'event', name: 'teammate_invited' }] },
];
const bundle = (center = resourceCenterFlow()) => ({ schemaVersion: 2, flows: [center, ...listedFlows()], milestones });

type Recorded = { type: string; flowId?: string; props: Record<string, unknown> };

/** The bare host page with the SDK running the resource center fixture; events collected in `window.__events`. */
async function start(page: Page, options: { dbName?: string; flows?: unknown; path?: string } = {}): Promise<void> {
  await page.goto(options.path ?? '/hostile/blank');
  await page.evaluate(async ({ flows, dbName }) => {
    // A page with an SDK of its own (the demo) hands over to this one.
    const existing = (window as any).waymark;
    if (existing) {
      await existing.ready;
      existing.destroy();
    }
    const events: unknown[] = ((window as any).__events = []);
    const w = (window as any).Waymark.init({ dbName, userId: 'rc-user', flows, onError: (e: unknown) => events.push({ type: 'error', props: e }) });
    w.on('event', (e: unknown) => events.push(e));
    (window as any).waymark = w;
    await w.ready;
  }, { flows: options.flows ?? bundle(), dbName: options.dbName ?? `rc-${Math.random().toString(36).slice(2)}` });
}

const events = (page: Page): Promise<Recorded[]> => page.evaluate(() => (window as any).__events);
const ofType = async (page: Page, type: string) => (await events(page)).filter((e) => e.type === type);

const center = (page: Page) => {
  const root = page.locator('waymark-root [data-wm-kind="resource-center"]');
  return {
    root,
    launcher: root.locator('.wm-rc-launcher'),
    badge: root.locator('.wm-rc-badge'),
    dialog: root.getByRole('dialog', { name: 'Help & resources' }),
    search: root.getByRole('searchbox', { name: 'Search help' }),
    item: (name: string | RegExp) => root.locator('.wm-rc-body .wm-rc-item', { hasText: name }),
  };
};

/** The element focused, looking into the SDK's shadow root. */
const focused = (page: Page) => page.evaluate(() => {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return `${el?.tagName.toLowerCase()}${el?.getAttribute('data-wm-item') ? `[${el.getAttribute('data-wm-item')}]` : ''}:${el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? ''}`;
});

test.describe('resource center', () => {
  test('opens from its launcher with every section, and takes over the checklist launcher', async ({ page }) => {
    await start(page);
    const c = center(page);
    await expect(c.launcher).toHaveAccessibleName('Help, 0 of 2, 1 new');
    await expect(c.launcher).toHaveText(/Help\s*0 of 2/);
    await expect(c.launcher).toHaveAttribute('aria-expanded', 'false');
    // The checklist it lists has no launcher of its own.
    await expect(page.locator('waymark-root .wm-checklist')).toHaveCount(0);
    await c.launcher.click();
    await expect(c.dialog).toBeVisible();
    await expect(c.search).toBeFocused();
    await expect(c.launcher).toHaveAttribute('aria-expanded', 'true');
    const headings = await c.dialog.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings).toEqual(['Get set up', 'Tours', "What's new", 'Help articles', 'Contact us']);
    await expect(c.dialog.getByRole('progressbar', { name: 'Get set up progress' })).toHaveAttribute('aria-valuetext', '0 of 2');
    // The admin-only article is not for this user.
    await expect(c.item('Admin-only settings')).toHaveCount(0);
    expect((await ofType(page, 'resource_center_opened')).map((e) => e.props.via)).toEqual(['launcher']);

    // A milestone reached while it is open ticks the checklist item.
    await page.evaluate(() => (window as any).waymark.track('integration_connected'));
    await expect(c.dialog.locator('.wm-checklist-item', { hasText: 'Connect your chatbot' })).toHaveAttribute('data-done', 'true');
    await expect(c.dialog.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '1 of 2');
  });

  test('opens from the API and from a button of the app; an unknown target is an error, not an exception', async ({ page }) => {
    await start(page);
    const c = center(page);
    await page.evaluate(() => {
      const button = document.querySelector('[data-testid="second"]') as HTMLButtonElement;
      button.addEventListener('click', () => (window as any).waymark.open('resource-center'));
      (window as any).waymark.open('nothing-like-it');
    });
    await page.getByTestId('second').click();
    await expect(c.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(c.dialog).toHaveCount(0);
    // Focus goes back to the app's button that opened it.
    await expect(page.getByTestId('second')).toBeFocused();
    await page.evaluate(() => (window as any).waymark.open('resource-center'));
    await expect(c.dialog).toBeVisible();
    expect((await ofType(page, 'resource_center_opened')).map((e) => e.props.via)).toEqual(['api', 'api']);
    expect((await ofType(page, 'error')).map((e) => e.props.message)).toEqual(['open(target): target must be "resource-center"']);
  });

  test('search finds an item as the user types and reports a search with no result', async ({ page }) => {
    await start(page);
    const c = center(page);
    await c.launcher.click();
    await c.search.fill('brand colours');
    await expect(c.root.locator('.wm-rc-body .wm-rc-item')).toHaveText([/Match your brand colours/]);
    await expect(c.root.getByRole('status')).toHaveText('1 result');
    await c.item('Match your brand colours').click();
    await expect(c.dialog.getByRole('heading', { name: 'Match your brand colours' })).toBeVisible();
    await expect(c.dialog).toContainText('Open Widget, pick a colour and save.');

    await c.search.fill('kubernetes');
    await expect(c.root.locator('.wm-rc-empty')).toHaveText('No results for “kubernetes”');
    await expect(c.root.getByRole('link', { name: /Search the help center for “kubernetes”/ })).toHaveAttribute('href', 'https://help.example.com/search?q=kubernetes');
    await expect.poll(async () => (await ofType(page, 'resource_center_searched')).map((e) => e.props)).toEqual([
      { query: 'brand colours', results: 1 },
      { query: 'kubernetes', results: 0 },
    ]);
    const clicks = await ofType(page, 'resource_center_item_clicked');
    expect(clicks.map((e) => e.props)).toEqual([{ section: 'help', item: 'brand', kind: 'help', via: 'search' }]);
  });

  test('replays a completed tour, whatever its frequency says', async ({ page }) => {
    await start(page);
    await page.evaluate(() => (window as any).waymark.start('intro-tour'));
    const modal = page.locator('waymark-root [data-wm-kind="modal"]');
    await modal.getByRole('button', { name: 'Next' }).click();
    await modal.getByRole('button', { name: 'Done' }).click();
    await expect(modal).toHaveCount(0);
    // "once": the tour does not start again by itself.
    await page.evaluate(() => (window as any).waymark.start('intro-tour'));
    await page.waitForTimeout(300);
    await expect(modal).toHaveCount(0);

    const c = center(page);
    await c.launcher.click();
    await expect(c.item('Product tour')).toHaveAccessibleName('Product tour (replay)');
    await c.item('Product tour').click();
    await expect(c.dialog).toHaveCount(0);
    await expect(modal.getByRole('heading', { name: 'Welcome to the tour' })).toBeVisible();
    // One thing at a time: the launcher waits while the tour shows.
    await expect(c.launcher).toHaveCount(0);
    const replays = await ofType(page, 'resource_center_tour_replayed');
    expect(replays.map((e) => e.props)).toEqual([{ section: 'tours', item: 'replay-tour', tour: 'intro-tour', completedBefore: true }]);
    expect((await ofType(page, 'flow_started')).filter((e) => e.flowId === 'intro-tour')).toHaveLength(2);
  });

  test('the unread badge clears once "What\'s new" is seen, and stays cleared after a reload', async ({ page }) => {
    const dbName = 'rc-unread';
    await start(page, { dbName });
    const c = center(page);
    await expect(c.badge).toHaveText('1');
    await c.launcher.click();
    // Marked new while the user looks at it, counted as read already.
    await expect(c.item('Dark mode is here')).toContainText('New');
    await expect(c.badge).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(c.launcher).toHaveAccessibleName('Help, 0 of 2');
    await page.waitForTimeout(200);
    await start(page, { dbName });
    await expect(c.launcher).toBeVisible();
    await expect(c.badge).toHaveCount(0);
    await c.launcher.click();
    await expect(c.item('Dark mode is here')).not.toContainText('New');
    // Seeing the announcement itself from the list shows the modal.
    await c.item('Dark mode is here').click();
    await expect(page.locator('waymark-root [data-wm-kind="modal"]').getByRole('heading', { name: 'Dark mode is here' })).toBeVisible();
  });

  test('keyboard only: open, search, read an article, go back, close, focus returns to the launcher', async ({ page }) => {
    await start(page);
    const c = center(page);
    await c.launcher.focus();
    await page.keyboard.press('Enter');
    await expect(c.search).toBeFocused();
    await page.keyboard.type('colours');
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(/^button\[brand\]:Match your brand colours/);
    await page.keyboard.press('Enter');
    await expect(c.dialog.getByRole('button', { name: 'Back' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(c.dialog.getByRole('heading', { name: 'Match your brand colours' })).toHaveCount(0);
    await expect(c.dialog).toBeVisible();
    // Tab stays inside the dialog.
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    expect(await c.dialog.evaluate((dialog) => dialog.contains((dialog.getRootNode() as ShadowRoot).activeElement))).toBe(true);
    // Escape in the search box clears the search first, then closes the dialog.
    await c.search.focus();
    await page.keyboard.press('Escape');
    await expect(c.search).toHaveValue('');
    await expect(c.dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(c.dialog).toHaveCount(0);
    await expect(c.launcher).toBeFocused();
    // A contact action calls back into the app.
    await page.evaluate(() => (window as any).waymark.on('resource_center_contact', () => ((window as any).__chatOpened = true)));
    await page.keyboard.press('Enter');
    await c.dialog.getByRole('button', { name: 'Chat with us' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).__chatOpened)).toBe(true);
    await expect(c.dialog).toHaveCount(0);
  });

  test('no serious or critical axe finding, open and searching, light and dark', async ({ page }) => {
    for (const mode of ['light', 'dark'] as const) {
      const flow = resourceCenterFlow();
      flow.theme = { mode };
      await start(page, { flows: bundle(flow) });
      const c = center(page);
      await c.launcher.click();
      await page.waitForTimeout(250);
      for (const query of ['', 'widget', 'kubernetes']) {
        await c.search.fill(query);
        const results = await new AxeBuilder({ page }).include('waymark-root').analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${mode} "${query}" ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
  });

  test('a help link follows the app routing; a new-tab link opens a tab', async ({ page }) => {
    await page.context().route('https://example.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Billing</title>' }));
    await start(page, { path: '/team' });
    const c = center(page);
    await c.launcher.click();
    await c.item('Install the widget').click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(c.dialog).toHaveCount(0);
    await c.launcher.click();
    const popup = page.waitForEvent('popup');
    await c.item('Change your plan').click();
    expect((await popup).url()).toBe('https://example.com/billing');
  });

  for (const [width, height] of [[390, 844], [320, 568]] as const) {
    test(`phone ${width}×${height}: a full-screen sheet that scrolls inside, nothing sideways`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await start(page);
      const c = center(page);
      const launcherBox = (await c.launcher.boundingBox())!;
      expect(launcherBox.x + launcherBox.width).toBeLessThanOrEqual(width);
      expect(launcherBox.height).toBeGreaterThanOrEqual(44);
      await c.launcher.click();
      await expect.poll(async () => (await c.dialog.boundingBox())).toEqual({ x: 0, y: 0, width, height });
      const body = c.root.locator('.wm-rc-body');
      const sizes = await body.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollHeight: el.scrollHeight, clientHeight: el.clientHeight, overflowY: getComputedStyle(el).overflowY }));
      expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.clientWidth);
      // The lists scroll inside the sheet (on the smaller phone they do not fit).
      expect(sizes.overflowY).toBe('auto');
      if (height < 600) expect(sizes.scrollHeight).toBeGreaterThan(sizes.clientHeight);
      const close = c.dialog.getByRole('button', { name: 'Close' });
      expect((await close.boundingBox())!.width).toBeGreaterThanOrEqual(44);
      await c.item('Install the widget').scrollIntoViewIfNeeded();
      await expect(c.item('Install the widget')).toBeInViewport();
      await close.click();
      await expect(c.dialog).toHaveCount(0);
    });
  }

  test('reduced motion: the dialog appears without animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await start(page);
    await center(page).launcher.click();
    expect(await center(page).dialog.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  });

  test('a project without a resource center keeps the checklist launcher', async ({ page }) => {
    await start(page, { flows: { schemaVersion: 2, flows: listedFlows(), milestones } });
    await expect(page.locator('waymark-root .wm-checklist .wm-launcher')).toHaveText(/Get set up\s*0 of 2/);
    await expect(center(page).root).toHaveCount(0);
  });
});
