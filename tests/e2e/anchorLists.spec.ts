import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { Anchor } from '../../shared/schema/anchor.ts';
import { listCorpus, type ListCase, type Mutation } from '../fixtures/anchorListCorpus.ts';
import type { AnchorHarness } from '../fixtures/anchorHarness.ts';
import { openApp } from './support/fixtureApps.ts';

type HarnessWindow = Window & { anchorHarness: AnchorHarness; app: { find(title: string, control: string): Element | null } & Record<string, (...args: unknown[]) => void> };
type Outcome = 'right' | 'wrong' | 'ambiguous' | 'missing';

let harnessScript: Promise<string> | undefined;
const harness = () => (harnessScript ??= build({ entryPoints: ['tests/fixtures/anchorHarness.ts'], bundle: true, write: false, format: 'iife' }).then((r) => r.outputFiles[0]!.text));

async function run(page: Page, c: ListCase): Promise<{ outcome: Outcome; detail: string; anchor: Anchor }> {
  await openApp(page, c.app);
  await page.addScriptTag({ content: await harness() });
  return page.evaluate(async (c) => {
    const w = window as unknown as HarnessWindow;
    const h = w.anchorHarness;
    const pick = (target: ListCase['target'] | ListCase['expect']) => (Array.isArray(target) ? w.app.find(target[0], target[1]) : typeof target === 'object' ? h.queryDeep(target.selector) : null);
    const element = pick(c.target);
    if (!element) throw new Error(`target ${JSON.stringify(c.target)} not in the app`);
    const anchor = h.captureAnchor(element);
    if (c.intent) anchor.intent = c.intent;
    const self = h.resolveAnchor(anchor);
    if (!c.intent && (self.status !== 'found' || self.element !== element)) throw new Error(`fingerprint does not re-find its own element: ${JSON.stringify(self)} ${JSON.stringify(anchor)}`);
    for (const [method, ...args] of c.run) w.app[method]!(...args);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const want = c.expect === 'missing' ? null : pick(c.expect);
    if (c.expect !== 'missing' && !want) throw new Error(`expected element ${JSON.stringify(c.expect)} not in the app`);
    const result = h.resolveAnchor(anchor);
    if (result.status !== 'found') return { outcome: result.status as Outcome, detail: JSON.stringify(result), anchor };
    const describe = (el: Element) => `${el.localName}.${el.className} in ${(el.getRootNode() as ShadowRoot).host?.getAttribute('item-title') ?? el.closest('li')?.textContent ?? 'document'}`;
    return { outcome: result.element === want ? 'right' : 'wrong', detail: `${describe(result.element)} (confidence ${result.confidence})`, anchor };
  }, c) as Promise<{ outcome: Outcome; detail: string; anchor: Anchor }>;
}

const tally = new Map<Mutation, Record<Outcome, number>>();

test.describe('anchors on lists, web-component lists and counters (capture, keyed re-render, resolve)', () => {
  test.describe.configure({ mode: 'serial' });
  for (const c of listCorpus) {
    test(c.name, async ({ page }) => {
      const { outcome, detail, anchor } = await run(page, c);
      const counts = tally.get(c.mutation) ?? { right: 0, wrong: 0, ambiguous: 0, missing: 0 };
      counts[outcome]++;
      tally.set(c.mutation, counts);
      expect(Anchor.safeParse(anchor).error?.issues ?? []).toEqual([]);
      expect(outcome, `${detail}\nanchor: ${JSON.stringify(anchor)}`).toBe(c.expect === 'missing' ? 'missing' : 'right');
    });
  }

  test.afterAll(() => {
    const rows = [...tally].map(([mutation, c]) => `${mutation.padEnd(10)} right ${c.right}  wrong ${c.wrong}  ambiguous ${c.ambiguous}  missing ${c.missing}`);
    console.log(`list/shadow/counter corpus (${listCorpus.length} cases):\n${rows.join('\n')}`);
  });

  test('a repeated row is captured with its key and intent; the fingerprint is not ambiguous on its own page', async ({ page }) => {
    await openApp(page, 'todo-elements');
    await page.addScriptTag({ content: await harness() });
    const anchor = await page.evaluate(() => {
      const w = window as unknown as HarnessWindow;
      return w.anchorHarness.captureAnchor(w.app.find('Walk the dog', 'destroy')!);
    });
    expect(anchor.intent).toBe('this');
    expect(anchor.repeat?.key?.attributes).toEqual({ 'item-title': 'Walk the dog' });
    expect(anchor.repeat?.index).toBe(2);
    // The shadow host is named by its own attribute, never by its position alone.
    expect(anchor.shadowHosts?.join(' ')).not.toMatch(/nth-of-type/);
  });

  test('intent any: every row\'s checkbox is one of the anchor\'s elements, rows added later included', async ({ page }) => {
    for (const app of ['todo-list', 'todo-elements'] as const) {
      await openApp(page, app);
      await page.addScriptTag({ content: await harness() });
      const result = await page.evaluate(() => {
        const w = window as unknown as HarnessWindow;
        const h = w.anchorHarness;
        const anchor = h.captureAnchor(w.app.find('Buy milk', 'toggle')!);
        anchor.intent = 'any';
        w.app.add!('Water plants');
        const elements = h.anchorElements(anchor);
        return { count: elements.length, includesNew: elements.includes(w.app.find('Water plants', 'toggle')!) };
      });
      expect(result).toEqual({ count: 5, includesNew: true });
    }
  });
});
