import { expect, test, type Page } from '@playwright/test';
import { openApp, startSdk } from './support/fixtureApps.ts';

// An anchor inside a container the app hides and shows (tests/fixtures/apps/hidden-panels.html).
// Links are inline: the browser never reports their size to a ResizeObserver, so only seeing the
// anchor come into view puts the step back on it.

type Panels = Window & { app: { show(name: string): void; hide(name: string): void; notice(): void } };

const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
const css = (value: string) => ({ selectors: [{ kind: 'css', value, weight: 0.6 }] });
const wait = { policy: 'wait', timeoutMs: 20_000 };
const everywhere = { pages: { include: [{ type: 'glob', value: '/**' }] } };
const hotspotOn = (selector: string) => ({
  schemaVersion: 2, id: 'shortcuts', version: 1, name: 'Shortcuts', kind: 'hotspot', frequency: { type: 'once' }, trigger: everywhere,
  steps: [{ id: 'tip', type: 'hotspot', title: 'Shortcuts', content: text('Press ? for every shortcut.'), anchor: css(selector), onMissing: wait }],
});
const tooltipOn = (selector: string) => ({
  schemaVersion: 2, id: 'shortcuts-tour', version: 1, name: 'Shortcuts tour', kind: 'tour', frequency: { type: 'once' }, trigger: everywhere,
  steps: [{ id: 'tip', type: 'tooltip', title: 'Shortcuts', content: text('Press ? for every shortcut.'), anchor: css(selector), placement: 'bottom', onMissing: wait }],
});

const beacon = (page: Page) => page.locator('waymark-root [data-wm-kind="hotspot"]');
const card = (page: Page) => page.locator('waymark-root [data-wm-kind="tooltip"]');
const act = (page: Page, what: 'show' | 'hide', panel: string) => page.evaluate(({ what, panel }) => (window as unknown as Panels).app[what](panel), { what, panel });

/** How far the beacon's centre is from the anchor's top-right corner (it sits 2 px inside it), in whole pixels. */
async function beaconOffset(page: Page, anchor: string) {
  const dot = await beacon(page).boundingBox();
  const target = await page.locator(anchor).boundingBox();
  if (!dot || !target) return null;
  return [Math.round(dot.x + dot.width / 2 - (target.x + target.width + 2)), Math.round(dot.y + dot.height / 2 - (target.y + 2))];
}

async function openPanels(page: Page, flow: unknown) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, 'hidden-panels', { sdk: true });
  await startSdk(page, [flow]);
}

test.describe('a step on an element whose container is hidden, then shown', () => {
  test('a hotspot on a link in a section with the hidden attribute sits on the link once the section is shown', async ({ page }) => {
    await openPanels(page, hotspotOn('#attr .inline'));
    await expect(beacon(page)).toHaveCount(1);
    await expect(beacon(page)).toBeHidden();
    await act(page, 'show', 'attr');
    await expect(beacon(page)).toBeVisible();
    await expect.poll(() => beaconOffset(page, '#attr .inline')).toEqual([0, 0]);
  });

  test('a tooltip on a link in a panel closed by a display: none class opens below the link once the panel opens', async ({ page }) => {
    await openPanels(page, tooltipOn('#klass .inline'));
    await expect(card(page)).toHaveCount(1);
    await expect(card(page)).toBeHidden();
    await act(page, 'show', 'klass');
    await expect(card(page)).toBeVisible();
    await expect.poll(async () => {
      const [box, link] = [await card(page).boundingBox(), await page.locator('#klass .inline').boundingBox()];
      return box && link ? Math.round(box.y - (link.y + link.height)) : null;
    }).toBe(12);
  });

  test('a hotspot placed once comes back onto its link when the tab it is on is left and chosen again', async ({ page }) => {
    await openPanels(page, hotspotOn('#panel-keys .inline'));
    await page.getByRole('tab', { name: 'Keys' }).click();
    await expect.poll(() => beaconOffset(page, '#panel-keys .inline')).toEqual([0, 0]);
    await page.getByRole('tab', { name: 'General' }).click();
    await expect(beacon(page)).toBeHidden();
    await page.getByRole('tab', { name: 'Keys' }).click();
    await expect(beacon(page)).toBeVisible();
    await expect.poll(() => beaconOffset(page, '#panel-keys .inline')).toEqual([0, 0]);
  });

  test('a hotspot on a button in a section shown later follows it when a notice above pushes it down', async ({ page }) => {
    await openPanels(page, hotspotOn('#attr .block'));
    await act(page, 'show', 'attr');
    await expect.poll(() => beaconOffset(page, '#attr .block')).toEqual([0, 0]);
    const before = (await page.locator('#attr .block').boundingBox())!.y;
    await page.evaluate(() => (window as unknown as Panels).app.notice());
    expect((await page.locator('#attr .block').boundingBox())!.y).toBeGreaterThan(before + 40);
    await expect.poll(() => beaconOffset(page, '#attr .block')).toEqual([0, 0]);
  });

  test('a hotspot on a link in a section shown inside a scrolling box stays on the link as the box scrolls', async ({ page }) => {
    await openPanels(page, hotspotOn('#scrolled .inline'));
    await act(page, 'show', 'scrolled');
    await expect(beacon(page)).toBeVisible();
    await expect.poll(() => beaconOffset(page, '#scrolled .inline')).toEqual([0, 0]);
    await page.locator('#scroller').evaluate((box) => { box.scrollTop = 30; });
    await expect.poll(() => beaconOffset(page, '#scrolled .inline')).toEqual([0, 0]);
  });

  // The browser lays these out while skipping their drawing, so the anchor's rect is there all along.
  for (const [panel, how] of [['details', 'a closed details element'], ['found', 'a section with hidden="until-found"'], ['cv', 'a section with content-visibility: hidden']] as const) {
    test(`a hotspot on a link in ${how} shows only once it opens, on the link`, async ({ page }) => {
      await openPanels(page, hotspotOn(`#${panel} .inline`));
      await expect(beacon(page)).toHaveCount(1);
      await page.waitForTimeout(200);
      await expect(beacon(page)).toBeHidden();
      await act(page, 'show', panel);
      await expect(beacon(page)).toBeVisible();
      await expect.poll(() => beaconOffset(page, `#${panel} .inline`)).toEqual([0, 0]);
      await act(page, 'hide', panel);
      await expect(beacon(page)).toBeHidden();
    });
  }

  test('a tooltip on a button in a closed details element opens below it only once the details opens', async ({ page }) => {
    await openPanels(page, tooltipOn('#details .block'));
    await expect(card(page)).toHaveCount(1);
    await page.waitForTimeout(200);
    await expect(card(page)).toBeHidden();
    await page.getByText('More options').click();
    await expect(card(page)).toBeVisible();
    const [box, button] = [(await card(page).boundingBox())!, (await page.locator('#details .block').boundingBox())!];
    expect(Math.round(box.y - (button.y + button.height))).toBe(12);
  });

  // Known gap: a shown step keeps the element it was shown on; when the app replaces that element
  // (React's `{tab === 'security' && <Security />}`), the step is not placed again on the new one
  // until the next navigation (re-placing re-emits step_shown and starts the anchor timeout).
  test.fixme('a hotspot comes back onto its link when the tab it is on is rendered anew each time it is chosen', async ({ page }) => {
    await openPanels(page, hotspotOn('#panel-account .inline'));
    await page.getByRole('tab', { name: 'Security' }).click();
    await expect.poll(() => beaconOffset(page, '#panel-account .inline')).toEqual([0, 0]);
    await page.getByRole('tab', { name: 'Profile' }).click();
    await expect(beacon(page)).toBeHidden();
    await page.getByRole('tab', { name: 'Security' }).click();
    await expect(beacon(page)).toBeVisible();
    await expect.poll(() => beaconOffset(page, '#panel-account .inline')).toEqual([0, 0]);
  });
});
