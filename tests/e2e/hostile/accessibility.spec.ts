import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { sdk } from '../support/sdk.ts';

const target = { selectors: [{ kind: 'testid', value: '[data-testid="target"]', weight: 1 }] };
const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }, { type: 'link', href: '/docs', children: [{ type: 'text', text: 'Read the docs' }] }] }];
const flow = (id: string, kind: string, steps: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1, id, version: 1, name: id, kind, trigger: { manual: true }, frequency: { type: 'every_session' }, steps, ...extra,
});
const flows = [
  flow('tour', 'tour', [
    { id: 'one', type: 'tooltip', title: 'First tip', content: text('Start here.'), anchor: target, backdrop: true },
    { id: 'two', type: 'tooltip', title: 'Second tip', content: text('Then here.'), anchor: target },
  ]),
  flow('bar', 'announcement', [{ id: 'bar', type: 'bar', title: 'New', content: text('Something shipped.'), buttons: [{ id: 'go', label: 'See it', action: { type: 'dismiss' } }] }]),
  flow('modal', 'modal', [{ id: 'm', type: 'modal', title: 'Welcome', content: text('Glad you are here.'), buttons: [{ id: 'later', label: 'Later', style: 'secondary', action: { type: 'dismiss' } }, { id: 'go', label: 'Start', action: { type: 'complete' } }] }]),
  flow('hotspot', 'hotspot', [{ id: 'h', type: 'hotspot', title: 'Tip', content: text('A hint.'), anchor: target }]),
  flow('survey', 'survey', [{ id: 's', type: 'survey', survey: { kind: 'nps', question: 'How likely are you to recommend us?', lowLabel: 'Not likely', highLabel: 'Very likely', followUp: { question: 'Why?' } } }]),
  flow('checklist', 'checklist', [], { checklist: { title: 'Get started', description: 'A few steps.', items: [{ id: 'a', title: 'Connect', description: 'Turn it on.', milestone: 'm1' }, { id: 'b', title: 'Invite', milestone: 'm2' }] } }),
];

async function open(page: Page, flowId: string): Promise<void> {
  await page.goto('/hostile/blank');
  await page.evaluate(async ({ flows, flowId }) => {
    const w = (window as any).Waymark.init({ dbName: `a11y-${flowId}`, flows });
    (window as any).waymark = w;
    await w.ready;
    w.start(flowId, { force: true });
  }, { flows, flowId });
}

const kinds: Array<[string, (page: Page) => Promise<void>]> = [
  ['tour', async (page) => void (await expect(sdk(page).tooltip).toBeVisible())],
  ['bar', async (page) => void (await expect(sdk(page).bar).toBeVisible())],
  ['modal', async (page) => void (await expect(sdk(page).modal).toBeVisible())],
  ['hotspot', async (page) => {
    await page.locator('waymark-root .wm-beacon').click();
    await expect(sdk(page).tooltip).toBeVisible();
  }],
  ['survey', async (page) => {
    await page.locator('waymark-root [role="radio"]').nth(8).click();
    await expect(page.locator('waymark-root textarea')).toBeVisible();
  }],
  ['checklist', async (page) => void (await expect(page.locator('waymark-root .wm-checklist-panel')).toBeVisible())],
];

/** Every control a pointer can hit: at least 24 × 24 px (WCAG 2.5.8), inline text links excepted. */
async function expectTouchTargets(scope: Locator): Promise<void> {
  const controls = scope.locator('button, [role="radio"], input, textarea');
  const count = await controls.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const box = (await controls.nth(i).boundingBox())!;
    expect(Math.min(box.width, box.height), await controls.nth(i).evaluate((el) => el.outerHTML.slice(0, 80))).toBeGreaterThanOrEqual(24);
  }
}

/**
 * Text in the SDK's shadow root whose contrast against its composited background is under
 * 4.5:1 (WCAG 1.4.3), disabled controls excepted.
 */
function lowContrastText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (c: string): Rgba => {
      const n = c.match(/[\d.]+/g)!.map(Number);
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => [0, 1, 2].map((i) => top[i]! * top[3] + bottom[i]! * (1 - top[3])).concat(1) as Rgba;
    const luminance = ([r, g, b]: Rgba) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = el; node; node = node.parentElement) {
        const bg = parse(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] === 1) break;
      }
      return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const root = document.querySelector('waymark-root')!.shadowRoot!;
    const low: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!ownText || el.closest(':disabled, .wm-live') || getComputedStyle(el).visibility !== 'visible') continue;
      const bg = background(el);
      const fg = over(parse(getComputedStyle(el).color), bg);
      const [a, b] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      const ratio = (a! + 0.05) / (b! + 0.05);
      if (ratio < 4.5) low.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    return low;
  });
}

test.describe('accessibility of every step kind, open', () => {
  for (const [kind, show] of kinds) {
    test(`${kind}: no serious or critical axe violation, touch targets of 24 px or more`, async ({ page }) => {
      await open(page, kind);
      await show(page);
      await page.waitForTimeout(200); // entrance animations end
      const results = await new AxeBuilder({ page }).include('waymark-root').analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(results.passes.length).toBeGreaterThan(0);
      await expectTouchTargets(page.locator('waymark-root'));
      // axe cannot work out colours inside the fixed, layered shadow root ("incomplete"), so measure them here.
      expect(await lowContrastText(page)).toEqual([]);
    });
  }
});

test.describe('keyboard, focus and announcements', () => {
  test('modal: focus lands on the primary button, Tab stays inside, the focus ring shows, Escape closes and returns focus', async ({ page }) => {
    await page.goto('/hostile/blank');
    await page.getByTestId('second').focus();
    await page.evaluate(async (flows) => {
      const w = (window as any).Waymark.init({ dbName: 'a11y-keys', flows });
      await w.ready;
      w.start('modal', { force: true });
    }, flows);
    const { modal } = sdk(page);
    const start = modal.getByRole('button', { name: 'Start' });
    await expect(start).toBeFocused();
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
      }));
    }
    expect(order).toEqual(['Close', 'Read the docs', 'Later', 'Start', 'Close']);
    const ring = await modal.getByRole('button', { name: 'Close' }).evaluate((el) => getComputedStyle(el));
    expect(ring.outlineStyle).toBe('solid');
    expect(parseFloat(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Escape');
    await expect(modal).toHaveCount(0);
    await expect(page.getByTestId('second')).toBeFocused();
  });

  test('tour: each step change is announced in a polite live region; Alt+Shift+W reaches the tooltip, Escape closes it', async ({ page }) => {
    await open(page, 'tour');
    const { tooltip, live } = sdk(page);
    await expect(live).toHaveText('First tip, step 1 of 2');
    // A non-modal tooltip leaves focus in the page; the documented shortcut moves into it.
    await expect(tooltip.getByRole('button', { name: 'Next' })).not.toBeFocused();
    await page.keyboard.press('Alt+Shift+KeyW');
    await expect(tooltip.getByRole('button', { name: 'Next' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(live).toHaveText('Second tip, step 2 of 2');
    await expect(tooltip.getByRole('button', { name: 'Done' })).toBeFocused();
    const ring = await tooltip.getByRole('button', { name: 'Done' }).evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(ring).toBe('solid');
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
  });

  test('survey and checklist close on Escape', async ({ page }) => {
    await open(page, 'survey');
    const survey = page.locator('waymark-root [data-wm-kind="survey"]');
    await survey.getByRole('radio', { name: '7' }).focus();
    await page.keyboard.press('Escape');
    await expect(survey).toHaveCount(0);
    await open(page, 'checklist');
    const panel = page.locator('waymark-root .wm-checklist-panel');
    await panel.getByRole('button', { name: /Connect/ }).focus();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(page.locator('waymark-root .wm-launcher')).toHaveAttribute('aria-expanded', 'false');
  });

  test('prefers-reduced-motion: no entrance animation, no pulsing beacon, no smooth scrolling', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page, 'hotspot');
    const beacon = page.locator('waymark-root .wm-beacon');
    await expect(beacon).toBeVisible();
    expect(await beacon.locator('.wm-beacon-pulse').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await beacon.click();
    expect(await sdk(page).tooltip.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');

    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await open(page, 'hotspot');
    expect(await page.locator('waymark-root .wm-beacon-pulse').evaluate((el) => getComputedStyle(el).animationName)).toBe('wm-pulse');
  });
});
