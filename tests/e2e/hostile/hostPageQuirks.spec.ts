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
  'zoom on body and on the content': { css: 'body{zoom:1.25} main{zoom:1.2}' },
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

/** The elements under a point, from the document down through the shadow roots it lands in. */
const hitPath = (page: Page, x: number, y: number) => page.evaluate(([x, y]) => {
  const path: string[] = [];
  let root: Document | ShadowRoot = document;
  for (;;) {
    const hit: Element | null = root.elementFromPoint(x!, y!);
    if (!hit || path.at(-1) === hit.localName) return path;
    path.push(hit.localName);
    if (!hit.shadowRoot) return path;
    root = hit.shadowRoot;
  }
}, [x, y]);

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

/**
 * A native modal `<dialog>` makes everything outside it inert and paints it under its backdrop,
 * whatever its z-index: a step on an element inside the dialog must be drawn inside it.
 */
const dialogs: Record<string, { markup: string; open: string; dialog: string }> = {
  'a modal dialog open on load': {
    markup: '<dialog id="invite"><h2>Invite your team</h2><input aria-label="Email"><button data-testid="first">Send invite</button></dialog>',
    open: 'document.getElementById("invite").showModal()',
    dialog: 'document.getElementById("invite")',
  },
  'a modal dialog centred by a transform': {
    markup: '<style>#invite{position:fixed;top:50%;left:50%;transform:translate(-50%,-50%);margin:0}</style><dialog id="invite"><h2>Invite your team</h2><button data-testid="first">Send invite</button></dialog>',
    open: 'document.getElementById("invite").showModal()',
    dialog: 'document.getElementById("invite")',
  },
  "a modal dialog inside a web component's shadow root": {
    markup: `<invite-box></invite-box><script>customElements.define('invite-box', class extends HTMLElement {
      connectedCallback() { const root = this.attachShadow({ mode: 'open' }); const d = document.createElement('dialog');
        const b = document.createElement('button'); b.dataset.testid = 'first'; b.textContent = 'Send invite'; d.append('Invite your team', b); root.append(d); }
    });</script>`,
    open: 'document.querySelector("invite-box").shadowRoot.querySelector("dialog").showModal()',
    dialog: 'document.querySelector("invite-box").shadowRoot.querySelector("dialog")',
  },
};
const dialogTour = {
  ...tour, id: 'dialog-tour',
  steps: [
    { id: 'in-dialog', type: 'tooltip', anchor: anchor('first'), placement: 'bottom', title: 'Invite them', content: paragraph('They get an email with a link.') },
    { id: 'after', type: 'tooltip', anchor: anchor('second'), placement: 'bottom', title: 'Then import', content: paragraph('Bring your old projects along.') },
  ],
};

for (const [name, variant] of Object.entries(dialogs)) {
  for (const when of ['before', 'after'] as const) {
    test(`${name}, opened ${when} the tour starts: the step in it is seen and clicked; once it closes the next step outside is too`, async ({ page }) => {
      const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dialog app</title></head><body>
<main><h1>Team</h1><p><button data-testid="second">Import</button></p></main>${variant.markup}
${when === 'before' ? `<script>${variant.open}</script>` : ''}<script src="/sdk/waymark.iife.js"></script></body></html>`;
      const problems = await openQuirk(page, body);
      await page.evaluate(async (flows) => {
        const w = (window as any).Waymark.init({ dbName: `dialog-${Math.random()}`, userId: 'dialog-user', flows });
        await w.ready;
      }, [dialogTour]);
      if (when === 'after') await page.evaluate((open) => (0, eval)(open), variant.open);
      const tooltip = page.locator('waymark-root [data-wm-kind="tooltip"]');
      for (const [title, id, button] of [['Invite them', 'first', 'Next'], ['Then import', 'second', 'Done']] as const) {
        await expect(tooltip.getByRole('heading', { name: title })).toBeVisible();
        const target = page.getByTestId(id);
        await expect.poll(async () => {
          const card = (await tooltip.boundingBox())!;
          const a = (await target.boundingBox())!;
          return Math.round(card.y - (a.y + a.height));
        }, { message: `${title}: card below its element` }).toBe(12);
        const box = (await tooltip.getByRole('button', { name: button }).boundingBox())!;
        expect(await hitPath(page, box.x + box.width / 2, box.y + box.height / 2), `${title}: what is under its button`).toContain('waymark-root');
        await tooltip.getByRole('button', { name: button }).click();
        if (button === 'Next') await page.evaluate((dialog) => ((0, eval)(dialog) as HTMLDialogElement).close(), variant.dialog);
      }
      await expect(tooltip).toHaveCount(0);
      expect(await page.evaluate(() => document.querySelector('waymark-root')?.parentElement?.localName)).toBe('html');
      expect(problems).toEqual([]);
    });
  }
}

test('a step on a wrapper with display: contents sits beside what the wrapper draws', async ({ page }) => {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wrapper app</title></head><body>
<main><h1>Billing</h1><div data-testid="first" style="display:contents"><button>Upgrade plan</button></div></main>
<script src="/sdk/waymark.iife.js"></script></body></html>`;
  const problems = await openQuirk(page, body);
  const flow = { ...tour, id: 'contents-tour', steps: [{ id: 'wrapper', type: 'tooltip', anchor: { ...anchor('first'), tag: 'div' }, placement: 'bottom', title: 'Upgrade here', content: paragraph('Pick a plan that fits your team.') }] };
  await page.evaluate(async (flows) => {
    const w = (window as any).Waymark.init({ dbName: `contents-${Math.random()}`, userId: 'contents-user', flows });
    await w.ready;
  }, [flow]);
  const tooltip = page.locator('waymark-root [data-wm-kind="tooltip"]');
  await expect(tooltip.getByRole('heading', { name: 'Upgrade here' })).toBeVisible();
  const drawn = (await page.getByRole('button', { name: 'Upgrade plan' }).boundingBox())!;
  await expect.poll(async () => Math.round((await tooltip.boundingBox())!.y - (drawn.y + drawn.height))).toBe(12);
  await tooltip.getByRole('button', { name: 'Got it' }).click();
  await expect(tooltip).toHaveCount(0);
  expect(problems).toEqual([]);
});

test.describe('a phone with a notch and a home indicator (viewport-fit=cover)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const insets = { top: 47, bottom: 34 };

  test('the top bar, the bottom sheet and the checklist launcher keep their text and buttons clear of both', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setSafeAreaInsetsOverride' as never, { insets } as never);
    const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>Notch app</title></head><body><main><h1>Inbox</h1><p>Nothing new.</p></main><script src="/sdk/waymark.iife.js"></script></body></html>`;
    const problems = await openQuirk(page, body);
    const base = { schemaVersion: 2, version: 1, frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } } };
    const flows = [
      { ...base, id: 'news', name: 'News', kind: 'announcement', steps: [{ id: 'bar', type: 'bar', title: 'New: shared inboxes', content: paragraph('Invite your team to answer together.'), buttons: [{ id: 'try', label: 'Try it', action: { type: 'complete' } }] }] },
      { ...base, id: 'nps', name: 'NPS', kind: 'survey', steps: [{ id: 'nps', type: 'survey', survey: { kind: 'nps', question: 'How likely are you to recommend us?', lowLabel: 'Not likely', highLabel: 'Very likely' } }] },
      { ...base, id: 'start', name: 'Start', kind: 'checklist', steps: [], checklist: { title: 'Get started', items: [{ id: 'one', title: 'Send a message', milestone: 'sent' }] } },
    ];
    await page.evaluate(async (flows) => {
      const w = (window as any).Waymark.init({ dbName: `notch-${Math.random()}`, userId: 'notch-user', flows });
      await w.ready;
    }, flows);
    const layer = page.locator('waymark-root');
    const bar = layer.locator('[data-wm-kind="bar"]');
    await expect(bar.getByText('New: shared inboxes')).toBeVisible();
    expect((await bar.getByText('New: shared inboxes').boundingBox())!.y).toBeGreaterThanOrEqual(insets.top);
    await bar.getByRole('button', { name: 'Try it' }).click();
    const survey = layer.locator('[data-wm-kind="survey"]');
    await expect(survey.getByRole('radio', { name: '10' })).toBeVisible();
    const lowest = async (locator: ReturnType<Page['locator']>) => {
      let bottom = 0;
      for (const box of await locator.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom))) bottom = Math.max(bottom, box);
      return bottom;
    };
    expect(await lowest(survey.locator('button, [role="radio"]'))).toBeLessThanOrEqual(844 - insets.bottom);
    await survey.getByRole('button', { name: /close/i }).first().click();
    const launcher = layer.locator('.wm-launcher');
    await expect(launcher).toBeVisible();
    const box = (await launcher.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 - insets.bottom);
    expect(problems).toEqual([]);
  });
});

test('a top bar keeps pushing the page down when the app replaces <body> (Turbo Drive), clears it or prepends its root', async ({ page }) => {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Turbo app</title><style>body{margin:0}</style></head><body>
<h1 id="title">Page one</h1><script src="/sdk/waymark.iife.js"></script></body></html>`;
  const problems = await openQuirk(page, body);
  const flow = {
    schemaVersion: 2, id: 'news', version: 1, name: 'News', kind: 'announcement', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
    steps: [{ id: 'bar', type: 'bar', title: 'New: shared inboxes', content: paragraph('Invite your team.'), buttons: [{ id: 'ok', label: 'Got it', action: { type: 'complete' } }] }],
  };
  await page.evaluate(async (flows) => {
    const w = (window as any).Waymark.init({ dbName: `turbo-${Math.random()}`, userId: 'turbo-user', flows });
    await w.ready;
  }, [flow]);
  const bar = page.locator('waymark-root [data-wm-kind="bar"]');
  await expect(bar).toBeVisible();
  const barBottom = async () => { const b = (await bar.boundingBox())!; return b.y + b.height; };
  const headingTop = async () => (await page.locator('h1').boundingBox())!.y;
  await expect.poll(async () => (await headingTop()) >= (await barBottom()) - 1).toBe(true);

  // Turbo Drive: a new <body> from the next page, swapped in, after a pushState.
  await page.evaluate(() => {
    history.pushState({}, '', '/apps/page-two');
    const next = document.createElement('body');
    const h1 = document.createElement('h1');
    h1.textContent = 'Page two';
    next.append(h1);
    document.body.replaceWith(next);
  });
  await expect(page.getByRole('heading', { name: 'Page two' })).toBeVisible();
  await expect.poll(async () => (await headingTop()) >= (await barBottom()) - 1, { message: 'after the body swap' }).toBe(true);

  // A framework that clears <body> and prepends its own root.
  await page.evaluate(() => {
    document.body.textContent = '';
    const root = document.createElement('div');
    const h1 = document.createElement('h1');
    h1.textContent = 'Page three';
    root.append(h1);
    document.body.prepend(root);
  });
  await expect(page.getByRole('heading', { name: 'Page three' })).toBeVisible();
  await expect.poll(async () => (await headingTop()) >= (await barBottom()) - 1, { message: 'after the root was prepended' }).toBe(true);
  expect(await page.locator('[data-waymark-spacer]').count()).toBe(1);

  await bar.getByRole('button', { name: 'Got it' }).click();
  await expect(page.locator('[data-waymark-spacer]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('on a right-to-left page the steps read right to left: text from the right, close button on the left, buttons at the end', async ({ page }) => {
  const body = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تطبيق</title></head><body>
<main><h1>المشاريع</h1><p><button data-testid="first">مشروع جديد</button></p></main><script src="/sdk/waymark.iife.js"></script></body></html>`;
  const problems = await openQuirk(page, body);
  const flow = { ...tour, id: 'rtl-tour', steps: [
    { id: 'one', type: 'tooltip', anchor: anchor('first'), placement: 'bottom', title: 'ابدأ من هنا', content: paragraph('أنشئ مشروعك الأول في ثوانٍ.') },
    { id: 'two', type: 'tooltip', anchor: anchor('first'), placement: 'bottom', title: 'ثم ادعُ فريقك', content: paragraph('يصلهم بريد مع رابط.') },
  ] };
  await page.evaluate(async (flows) => {
    const w = (window as any).Waymark.init({ dbName: `rtl-${Math.random()}`, userId: 'rtl-user', flows });
    await w.ready;
  }, [flow]);
  const tooltip = page.locator('waymark-root [data-wm-kind="tooltip"]');
  await expect(tooltip.getByRole('heading', { name: 'ابدأ من هنا' })).toBeVisible();
  const card = (await tooltip.boundingBox())!;
  const close = (await tooltip.getByRole('button', { name: /close/i }).boundingBox())!;
  const next = (await tooltip.getByRole('button', { name: 'Next' }).boundingBox())!;
  const progress = (await tooltip.getByText('1 of 2').boundingBox())!;
  const title = await tooltip.getByRole('heading').evaluate((heading) => {
    const range = document.createRange();
    range.selectNodeContents(heading);
    const r = range.getBoundingClientRect();
    return { x: r.x, width: r.width };
  });
  expect(await tooltip.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  expect(close.x + close.width / 2, 'close button in the left half').toBeLessThan(card.x + card.width / 2);
  expect(next.x, 'Next before the progress, reading from the right').toBeLessThan(progress.x);
  expect(card.x + card.width - (title.x + title.width), 'title text starts at the right edge').toBeLessThan(24);
  await tooltip.getByRole('button', { name: 'Next' }).click();
  await expect(tooltip.getByRole('heading', { name: 'ثم ادعُ فريقك' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('two top bars at once each keep a spacer before the page, without fighting over the first place', async ({ page }) => {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two bars</title><style>body{margin:0}</style></head><body>
<h1>Dashboard</h1><script src="/sdk/waymark.iife.js"></script></body></html>`;
  const problems = await openQuirk(page, body);
  const bar = (id: string, title: string) => ({
    schemaVersion: 2, id, version: 1, name: id, kind: 'announcement', frequency: { type: 'once' }, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } },
    steps: [{ id: 'bar', type: 'bar', title, content: paragraph('Read more in the changelog.'), buttons: [{ id: 'ok', label: 'Got it', action: { type: 'complete' } }] }],
  });
  const spacers = await page.evaluate(async (flows) => {
    const w = (window as any).Waymark.init({ dbName: `bars-${Math.random()}`, userId: 'bars-user', flows, autoStart: false });
    await w.ready;
    w.start('first-news', { force: true });
    w.start('second-news', { force: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    return [...document.body.children].slice(0, 2).map((el) => el.getAttribute('data-waymark-spacer'));
  }, [bar('first-news', 'New: shared inboxes'), bar('second-news', 'Scheduled maintenance on Sunday')]);
  const shown = await page.locator('waymark-root [data-wm-kind="bar"]').count();
  expect(spacers.slice(0, shown)).toEqual(Array(shown).fill('top'));
  expect(shown).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
