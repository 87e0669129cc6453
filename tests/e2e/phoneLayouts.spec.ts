import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, startSdk } from './support/fixtureApps.ts';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'small-phone', width: 320, height: 568 },
] as const;

const text = (value: string) => [{ type: 'paragraph', children: [{ type: 'text', text: value }] }];
const base = (id: string, kind: string, steps: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 2, id, version: 1, name: id, kind, frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, steps, ...extra,
});
const css = (value: string, tag?: string) => ({ selectors: [{ kind: 'css', value, weight: 0.6 }], ...(tag ? { tag } : {}) });

/** Every step kind, each asked for the placement that broke on phones (`right`). */
const KINDS: Record<string, { flow: unknown; open?: (page: Page) => Promise<void>; root: string; steps?: number }> = {
  tooltip: {
    flow: base('tour', 'tour', [
      { id: 'logo', type: 'tooltip', title: 'Your workspace', content: text('Everything you add lives here, on every device you use.'), anchor: css('.app-header .logo', 'span'), placement: 'right' },
      { id: 'delete', type: 'tooltip', title: 'Remove a todo', content: text('Done with it? Remove it from the list with this button.'), anchor: css('li.todo:first-child .destroy', 'button'), placement: 'right' },
      { id: 'count', type: 'tooltip', title: 'What is left', content: text('This counter tells you how many todos are still open.'), anchor: css('.todo-count', 'span'), placement: 'right' },
    ]),
    root: '[data-wm-kind="tooltip"]',
    steps: 3,
  },
  modal: {
    flow: base('welcome', 'modal', [{ id: 'hello', type: 'modal', title: 'Welcome to Todos', content: text('Add what you need to do, tick it off when it is done, and keep your lists in sync on every device.'), buttons: [{ id: 'later', label: 'Later', style: 'secondary', action: { type: 'dismiss' } }, { id: 'go', label: 'Get started', action: { type: 'complete' } }] }]),
    root: '[data-wm-kind="modal"]',
  },
  survey: {
    flow: base('nps', 'survey', [{ id: 'nps', type: 'survey', survey: { kind: 'nps', question: 'How likely are you to recommend Todos to a friend?', lowLabel: 'Not likely', highLabel: 'Very likely', followUp: { question: 'What is the main reason for your score?' } } }]),
    open: async (page) => page.locator('waymark-root .wm-rating-option[data-value="9"]').click(),
    root: '[data-wm-kind="survey"]',
  },
  bar: {
    flow: base('bar', 'announcement', [{ id: 'bar', type: 'bar', title: 'New: shared lists', content: text('Invite your family and plan the week together.'), buttons: [{ id: 'try', label: 'Try it', action: { type: 'complete' } }, { id: 'later', label: 'Later', style: 'secondary', action: { type: 'dismiss' } }] }]),
    root: '[data-wm-kind="bar"]',
  },
  hotspot: {
    flow: base('hot', 'hotspot', [{ id: 'tip', type: 'hotspot', title: 'Filters', content: text('Show only active or completed todos.'), anchor: css('.filters', 'nav') }]),
    open: async (page) => page.locator('waymark-root [data-wm-kind="hotspot"]').click(),
    root: '[data-wm-kind="tooltip"]',
  },
  checklist: {
    flow: base('start', 'checklist', [], { checklist: { title: 'Get started with Todos', description: 'Three steps to your first tidy list.', items: [
      { id: 'add', title: 'Add a todo', description: 'Type it in the box at the top and press Enter.', milestone: 'added' },
      { id: 'tick', title: 'Tick one off', description: 'Click the circle next to a todo.', milestone: 'ticked' },
      { id: 'filter', title: 'Try the filters', milestone: 'filtered' },
    ] } }),
    open: async (page) => page.locator('waymark-root .wm-launcher').click(),
    root: '[data-wm-kind="checklist"]',
  },
};

/** Whether a tap at the centre of `locator` lands on it (through the SDK's shadow root), not on something covering it. */
async function tappable(locator: Locator): Promise<boolean> {
  return locator.evaluate((button) => {
    const box = button.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return !!hit && (hit === button || button.contains(hit));
  });
}

async function checkLayout(page: Page, kind: string, size: (typeof SIZES)[number], stepLabel: string): Promise<void> {
  const root = page.locator(`waymark-root ${KINDS[kind]!.root}`).last();
  await expect(root).toBeVisible();
  await page.waitForTimeout(250);
  const box = (await root.boundingBox())!;
  const where = `${kind} ${stepLabel} at ${size.width}×${size.height}`;
  expect(box.x, `${where}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${where}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${where}: right edge`).toBeLessThanOrEqual(size.width + 0.5);
  expect(box.y + box.height, `${where}: bottom edge`).toBeLessThanOrEqual(size.height + 0.5);
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(scroll, `${where}: horizontal scroll`).toBeLessThanOrEqual(0);
  const buttons = root.locator('button:visible');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const label = (await button.getAttribute('aria-label')) ?? (await button.innerText());
    const b = (await button.boundingBox())!;
    expect(await tappable(button), `${where}: "${label}" is tappable at its centre`).toBe(true);
    if (size.width < 480) {
      expect(Math.round(b.height), `${where}: "${label}" is at least 44 px tall`).toBeGreaterThanOrEqual(44);
      expect(Math.round(b.width), `${where}: "${label}" is at least 44 px wide`).toBeGreaterThanOrEqual(44);
    }
  }
  const axe = await new AxeBuilder({ page }).include('waymark-root').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${where}: axe`).toEqual([]);
  await mkdir('test-results/layouts', { recursive: true });
  await page.screenshot({ path: `test-results/layouts/${kind}-${stepLabel}-${size.name}.png` });
}

for (const size of SIZES) {
  test.describe(`every step kind at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.width < 480 });
    for (const kind of Object.keys(KINDS)) {
      test(`${kind}: on screen, tappable, no horizontal scroll, axe clean`, async ({ page }) => {
        const { flow, open, steps = 1 } = KINDS[kind]!;
        await openApp(page, 'todo-list', { sdk: true });
        await startSdk(page, [flow]);
        await open?.(page);
        for (let step = 1; step <= steps; step++) {
          await checkLayout(page, kind, size, `step${step}`);
          if (step < steps) {
            const next = page.locator('waymark-root [data-wm-kind="tooltip"]').getByRole('button', { name: 'Next' });
            await next.click();
            await expect(page.locator('waymark-root [data-wm-kind="tooltip"] [data-wm-progress]')).toHaveText(`${step + 1} of ${steps}`);
          }
        }
      });
    }
  });
}
