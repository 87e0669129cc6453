import { expect, test, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { Anchor } from '../../shared/schema/anchor.ts';
import { anchorCorpus, largePage, type AnchorExpectation } from '../fixtures/anchorCorpus.ts';
import type { AnchorHarness } from '../fixtures/anchorHarness.ts';

type HarnessWindow = Window & { anchorHarness: AnchorHarness };

let harnessScript: Promise<string> | undefined;
function harness(): Promise<string> {
  harnessScript ??= build({ entryPoints: ['tests/fixtures/anchorHarness.ts'], bundle: true, write: false, format: 'iife' }).then((result) => result.outputFiles[0]!.text);
  return harnessScript;
}

async function load(page: Page, html: string): Promise<void> {
  await page.setContent(html);
  await page.addScriptTag({ content: await harness() });
  await page.evaluate(() => (window as unknown as HarnessWindow).anchorHarness.attachDeclarativeShadows());
}

/** Captures the target's fingerprint and checks it re-finds its own element on the unchanged page. */
async function capture(page: Page, html: string, target: string): Promise<Anchor> {
  await load(page, html);
  const captured = await page.evaluate((selector) => {
    const h = (window as unknown as HarnessWindow).anchorHarness;
    const element = h.queryDeep(selector);
    if (!element) throw new Error(`target ${selector} not in the page`);
    const anchor = h.captureAnchor(element);
    const again = h.resolveAnchor(anchor);
    return { anchor, self: again.status === 'found' && again.element === element ? 'found' : JSON.stringify(again) };
  }, target);
  expect(Anchor.safeParse(captured.anchor).error?.issues ?? []).toEqual([]);
  expect(captured.self, `fingerprint re-finds its own element: ${JSON.stringify(captured.anchor)}`).toBe('found');
  return captured.anchor;
}

async function resolve(page: Page, anchor: Anchor, expected: AnchorExpectation) {
  return page.evaluate(({ anchor, expected }) => {
    const h = (window as unknown as HarnessWindow).anchorHarness;
    const result = h.resolveAnchor(anchor);
    const want = typeof expected === 'object' ? h.queryDeep(expected.selector) : null;
    if (typeof expected === 'object' && !want) throw new Error(`expected element ${expected.selector} not in the page`);
    if (result.status !== 'found') return { status: result.status as string, detail: JSON.stringify(result) };
    const right = result.element === want;
    return { status: right ? 'found' : 'WRONG ELEMENT', detail: `${result.element.outerHTML.slice(0, 160)} (confidence ${result.confidence})` };
  }, { anchor, expected });
}

test.describe('anchor corpus (capture, mutate, resolve)', () => {
  for (const c of anchorCorpus) {
    test(c.name, async ({ page }) => {
      const anchor = await capture(page, c.before, c.target);
      await load(page, c.after ?? c.before);
      const outcome = await resolve(page, anchor, c.expect);
      const want = typeof c.expect === 'object' ? 'found' : c.expect;
      expect(outcome.status, `${outcome.detail}\nanchor: ${JSON.stringify(anchor)}`).toBe(want);
    });
  }

  test('the corpus has at least 30 cases', () => {
    expect(anchorCorpus.length).toBeGreaterThanOrEqual(30);
  });

  test('a 5,000-element page: re-sorted rows resolve, a deleted row is missing', async ({ page }) => {
    const anchor = await capture(page, largePage(), 'tr:nth-child(137) a span');
    await load(page, largePage({ reversed: true, hash: 'z9y8x7' }));
    const stats = await page.evaluate((anchor) => {
      const h = (window as unknown as HarnessWindow).anchorHarness;
      const time = (run: () => unknown) => {
        run();
        const samples: number[] = [];
        for (let i = 0; i < 20; i++) {
          const start = performance.now();
          run();
          samples.push(performance.now() - start);
        }
        samples.sort((a, b) => a - b);
        return { median: samples[10]!, max: samples[19]! };
      };
      const result = h.resolveAnchor(anchor);
      return {
        elements: document.querySelectorAll('*').length,
        status: result.status,
        text: result.status === 'found' ? result.element.textContent : null,
        found: time(() => h.resolveAnchor(anchor)),
      };
    }, anchor);
    expect(stats.elements).toBeGreaterThanOrEqual(5000);
    expect(stats.status).toBe('found');
    expect(stats.text).toBe('Invoice #1136');

    await load(page, largePage({ without: 136 }));
    const missing = await page.evaluate((anchor) => {
      const h = (window as unknown as HarnessWindow).anchorHarness;
      const first = performance.now();
      const result = h.resolveAnchor(anchor);
      const firstMs = performance.now() - first;
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        const start = performance.now();
        h.resolveAnchor(anchor);
        samples.push(performance.now() - start);
      }
      samples.sort((a, b) => a - b);
      return { status: result.status, firstMs, median: samples[10]!, max: samples[19]! };
    }, anchor);
    expect(missing.status).toBe('missing');
    console.log(`5,000-node page (${stats.elements} elements): found in median ${stats.found.median.toFixed(2)} ms (max ${stats.found.max.toFixed(2)} ms over 20); `
      + `missing (incl. the shadow-root fallback walk) in median ${missing.median.toFixed(2)} ms (max ${missing.max.toFixed(2)} ms, first call ${missing.firstMs.toFixed(2)} ms)`);
  });

  test('hand-written fingerprints with a single selector resolve when it matches once', async ({ page }) => {
    await load(page, `<form><input id="widget-color" type="color"><select id="widget-position" name="position"><option>left</option></select>
      <textarea aria-label="Greeting text"></textarea><div data-testid="widget-preview"></div><button>Go</button><button>Go</button></form>`);
    const results = await page.evaluate(() => {
      const h = (window as unknown as HarnessWindow).anchorHarness;
      const anchors: Anchor[] = [
        { selectors: [{ kind: 'id', value: '#widget-color', weight: 0.9 }], tag: 'input' },
        { selectors: [{ kind: 'name', value: 'select[name="position"]', weight: 0.7 }, { kind: 'id', value: '#widget-position', weight: 0.9 }], tag: 'select' },
        { selectors: [{ kind: 'aria', value: '[aria-label="Greeting text"]', weight: 0.8 }], tag: 'textarea', name: 'Greeting text' },
        { selectors: [{ kind: 'testid', value: '[data-testid="widget-preview"]', weight: 1 }] },
        { selectors: [{ kind: 'testid', value: '[data-testid="widget-preview"]' }] },
        { selectors: [{ kind: 'css', value: 'button' }] },
        { selectors: [{ kind: 'css', value: '.nothing' }] },
      ];
      return anchors.map((anchor) => {
        const result = h.resolveAnchor(anchor);
        return result.status === 'found' ? result.element.localName : result.status;
      });
    });
    expect(results).toEqual(['input', 'select', 'textarea', 'div', 'div', 'ambiguous', 'missing']);
  });
});
