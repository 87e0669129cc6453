import { expect, test, type Page } from '@playwright/test';

/**
 * Pages set things up in ways our demo does not: CSS `zoom` on <html>, a transformed or filtered
 * <body> (a containing block for fixed descendants), right-to-left text, a page that scrolls in an
 * inner element instead of the window, a root font size of 62.5 %, a wrapped `fetch` and extended
 * built-in prototypes. A three-step tour must sit beside each anchor, on screen, with its buttons
 * hit-testable, on each of them.
 */
const quirks: Record<string, { css?: string; dir?: string; script?: string; tall?: boolean }> = {
  'zoom on html': { css: 'html{zoom:1.5}' },
  'zoom below one on html': { css: 'html{zoom:0.8}' },
  'transformed body': { css: 'body{transform:translateZ(0)}' },
  'filtered body': { css: 'body{filter:saturate(1.1)}' },
  'right to left': { dir: 'rtl' },
  'inner scroller': { css: 'html,body{height:100%;overflow:hidden;margin:0} #app{height:100%;overflow:auto}', tall: true },
  'root font size 62.5%': { css: 'html{font-size:62.5%}' },
  'wrapped fetch and extended Array.prototype': {
    script: 'Array.prototype.each=function(){};Array.prototype.toJSON=function(){return "broken"};const f=window.fetch;window.fetch=(...a)=>f(...a);',
  },
};

const html = (q: { css?: string; dir?: string; script?: string; tall?: boolean }) => `<!doctype html>
<html lang="en"${q.dir ? ` dir="${q.dir}"` : ''}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Quirky app</title><style>${q.css ?? ''} button{font:inherit;padding:6px 10px}</style><script>${q.script ?? ''}</script></head>
<body><div id="app"><main><h1>Projects</h1><p>Everything your team is working on.</p>
<button data-testid="first">New project</button>${q.tall ? '<div style="height:2000px"></div>' : ''}
<p><button data-testid="second">Import</button></p><p style="text-align:end"><button data-testid="third">Settings</button></p>
</main></div><script src="/sdk/waymark.iife.js"></script></body></html>`;

async function openQuirk(page: Page, body: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.route('**/apps/quirk.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto('/apps/quirk.html');
  return problems;
}

const anchor = (id: string) => ({ selectors: [{ kind: 'testid', value: `[data-testid="${id}"]`, weight: 1 }], tag: 'button' });
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const tour = {
  schemaVersion: 1, id: 'quirk-tour', version: 1, name: 'Quirk tour', kind: 'tour', frequency: { type: 'once' },
  trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
  steps: (['first', 'second', 'third'] as const).map((id, i) => ({
    id, type: 'tooltip', anchor: anchor(id), placement: (['right', 'bottom', 'left'] as const)[i],
    title: `Step ${i + 1}`, content: paragraph('A sentence of help about this control, as a PM would write it.'),
  })),
};

for (const [width, height] of [[1280, 800], [390, 844]] as const) {
  test.describe(`host page quirks at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const [name, quirk] of Object.entries(quirks)) {
      test(`${name}: each step beside its anchor, on screen, its button clickable`, async ({ page }) => {
        const problems = await openQuirk(page, html(quirk));
        await page.evaluate(async (flows) => {
          const w = (window as any).Waymark.init({ dbName: `quirk-${Math.random()}`, userId: 'quirk-user', flows });
          await w.ready;
        }, [tour]);
        const tooltip = page.locator('waymark-root [data-wm-kind="tooltip"]');
        for (const [i, id] of (['first', 'second', 'third'] as const).entries()) {
          await expect(tooltip.getByRole('heading', { name: `Step ${i + 1}` })).toBeVisible();
          const target = page.getByTestId(id);
          await expect.poll(async () => {
            const card = (await tooltip.boundingBox())!;
            const a = (await target.boundingBox())!;
            const gap = Math.max(a.x - (card.x + card.width), card.x - (a.x + a.width), a.y - (card.y + card.height), card.y - (a.y + a.height), 0);
            const onScreen = card.x >= -1 && card.y >= -1 && card.x + card.width <= width + 1 && card.y + card.height <= height + 1;
            return { onScreen, nearAnchor: gap <= 20 };
          }, { message: `step ${i + 1}` }).toEqual({ onScreen: true, nearAnchor: true });
          const button = tooltip.getByRole('button', { name: i < 2 ? 'Next' : 'Done' });
          const box = (await button.boundingBox())!;
          const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.tagName, [box.x + box.width / 2, box.y + box.height / 2]);
          expect(hit, `step ${i + 1}: what is under its button's centre`).toBe('WAYMARK-ROOT');
          await button.click();
        }
        await expect(tooltip).toHaveCount(0);
        expect(problems).toEqual([]);
      });
    }
  });
}

test('a page with an enumerable property on Object.prototype: no error of ours in the page, one warning naming it, an inert Waymark', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  const problems = await openQuirk(page, html({ script: 'Object.prototype.extra = function () {};' }));
  const outcome = await page.evaluate(async () => {
    const w = (window as any).Waymark.init({ dbName: 'polluted', userId: 'u', flows: [] });
    await w.ready;
    w.track('clicked');
    w.identify('someone');
    const off = w.on('event', () => {});
    off();
    w.destroy();
    return { version: typeof (window as any).Waymark.version, root: document.querySelectorAll('waymark-root').length };
  });
  expect(outcome).toEqual({ version: 'string', root: 0 });
  expect(problems).toEqual([]);
  expect(warnings.filter((w) => w.includes('Waymark could not start on this page (Object.prototype has the enumerable property extra)'))).toHaveLength(1);
});
