import { expect, test, type Page } from '@playwright/test';

/**
 * The split core loads the renderers by kind (issue #16): `waymark.ui.js` (bars, modals) always,
 * the tooltip/hotspot, survey, checklist and resource-center chunks only when a flow may show one;
 * anchor resolution (`waymark.anchors.js`) only when a flow or milestone points at an element.
 */
const everywhere = { pages: { include: [{ type: 'glob', value: '/**' }] } };
const text = (t: string) => [{ type: 'paragraph', children: [{ type: 'text', text: t }] }];
const bar = { schemaVersion: 2, id: 'news', version: 1, name: 'News', kind: 'announcement', frequency: { type: 'once' }, trigger: everywhere, steps: [{ id: 'b', type: 'bar', title: 'Fresh news', content: text('Read it.') }] };
const tour = (trigger: object) => ({
  schemaVersion: 2, id: 'tour', version: 1, name: 'Tour', kind: 'tour', frequency: { type: 'once' }, trigger,
  steps: [{ id: 'one', type: 'tooltip', title: 'Start here', content: text('Press Go.'), anchor: { selectors: [{ kind: 'testid', value: '[data-testid="go"]', weight: 1 }] } }],
});
const survey = { schemaVersion: 2, id: 'nps', version: 1, name: 'NPS', kind: 'survey', frequency: { type: 'once' }, trigger: { manual: true }, steps: [{ id: 'q', type: 'survey', survey: { kind: 'nps', question: 'How likely are you to recommend us?', lowLabel: 'Not likely', highLabel: 'Very likely' } }] };
const checklist = { schemaVersion: 2, id: 'start', version: 1, name: 'Start', kind: 'checklist', frequency: { type: 'once' }, trigger: everywhere, steps: [], checklist: { title: 'Get started', items: [{ id: 'add', title: 'Add a todo', milestone: 'added' }] } };
const help = {
  schemaVersion: 2, id: 'help', version: 1, name: 'Help', kind: 'resource-center', frequency: { type: 'every_session' }, trigger: everywhere, steps: [],
  resourceCenter: { title: 'Help', launcher: { label: 'Help me' }, sections: [{ id: 'kb', type: 'help', title: 'Articles', items: [{ id: 'a1', title: 'First article', summary: 'What it is about', content: text('Text') }] }] },
};

/** A page with the split core; the SDK files it requests are recorded (name only), and `failing` ones refused. */
async function splitCorePage(page: Page, failing: string[] = [], headers: Record<string, string> = {}): Promise<{ requested: string[]; pageErrors: string[] }> {
  const requested: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (request) => {
    const match = /\/sdk\/(waymark\.[\w.-]+\.js)/.exec(request.url());
    if (match) requested.push(match[1]!);
  });
  for (const file of failing) await page.route(`**/sdk/${file}*`, (route) => route.abort('connectionrefused'));
  await page.route('**/apps/chunks.html', (route) => route.fulfill({ contentType: 'text/html', headers, body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chunks</title></head>
<body><button data-testid="go">Go</button><script src="/sdk/waymark.core.js"></script></body></html>` }));
  await page.goto('/apps/chunks.html');
  return { requested, pageErrors };
}

const initWith = (page: Page, flows: unknown[]) => page.evaluate(async (flows) => {
  const errors: Array<{ code: string; message: string }> = [];
  const w = (window as any).Waymark.init({ dbName: `chunks-${Math.random()}`, flows, onError: (e: { code: string; message: string }) => errors.push(e) });
  (window as any).waymark = w;
  (window as any).__errors = errors;
  await w.ready;
}, flows);
const errors = (page: Page) => page.evaluate(() => (window as any).__errors as Array<{ code: string; message: string }>);
const root = (page: Page) => page.locator('waymark-root');

test('a page whose only flow that may start is a bar loads the core and the bars\' renderers, no other chunk; a tour started later loads its chunk then and shows its step', async ({ page }) => {
  const { requested, pageErrors } = await splitCorePage(page);
  await initWith(page, [bar, tour({ manual: true })]);
  await expect(root(page).locator('[data-wm-kind="bar"]')).toBeVisible();
  await expect(root(page).locator('[data-wm-kind="bar"]')).toContainText('Fresh news');
  expect(requested.filter((file) => file !== 'waymark.validation.js')).toEqual(['waymark.core.js', 'waymark.ui.js']);

  await page.evaluate(() => (window as any).waymark.start('tour'));
  await expect(root(page).locator('[data-wm-kind="tooltip"]')).toBeVisible();
  await expect(root(page).locator('[data-wm-kind="tooltip"]')).toContainText('Start here');
  await expect(root(page).locator('[data-wm-kind="bar"]')).toBeVisible();
  expect(requested).toContain('waymark.anchored.js');
  expect(requested).not.toContain('waymark.resource-center.js');
  expect(requested).not.toContain('waymark.checklist.js');
  expect(requested).not.toContain('waymark.survey.js');
  expect(await errors(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('a tour that may start on the page has its chunk requested with the renderers, not after them, and its first step shows', async ({ page }) => {
  const { requested } = await splitCorePage(page);
  const asked = page.waitForRequest(/\/sdk\/waymark\.anchored\.js\?v=\d+\.\d+\.\d+$/);
  await initWith(page, [tour(everywhere)]);
  await asked;
  await expect(root(page).locator('[data-wm-kind="tooltip"]')).toContainText('Start here');
  expect(requested.indexOf('waymark.anchored.js')).toBeLessThan(requested.indexOf('waymark.ui.js') + 2);
  expect(requested).not.toContain('waymark.resource-center.js');
});

test('every kind draws from its chunk in the split build: checklist, resource center, survey', async ({ page }) => {
  const { requested, pageErrors } = await splitCorePage(page);
  await initWith(page, [checklist, help, survey]);
  await expect(root(page).locator('[data-wm-kind="checklist"]')).toContainText('Get started');
  await expect(root(page).locator('[data-wm-kind="resource-center"]').getByRole('button', { name: /Help me/ })).toBeVisible();
  expect(requested).toContain('waymark.checklist.js');
  expect(requested).toContain('waymark.resource-center.js');
  expect(requested).not.toContain('waymark.survey.js');
  await page.evaluate(() => (window as any).waymark.start('nps'));
  await expect(root(page).locator('[data-wm-kind="survey"]')).toContainText('How likely are you to recommend us?');
  expect(requested).not.toContain('waymark.anchored.js');
  expect(await errors(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});

test('when a kind\'s chunk cannot load, the core reports it once (naming the file) and starts none of that kind\'s flows; the others still show', async ({ page }) => {
  const { pageErrors } = await splitCorePage(page, ['waymark.anchored.js']);
  await initWith(page, [bar, tour(everywhere)]);
  const events = await page.evaluate(async () => {
    const seen: string[] = [];
    (window as any).waymark.on('event', (e: { type: string; flowId?: string }) => seen.push(`${e.type}:${e.flowId ?? ''}`));
    (window as any).waymark.start('tour');
    await new Promise((resolve) => setTimeout(resolve, 300));
    return seen;
  });
  await expect(root(page).locator('[data-wm-kind="bar"]')).toContainText('Fresh news');
  const failures = (await errors(page)).filter((e) => e.code === 'load_failed');
  expect(failures).toHaveLength(1);
  expect(failures[0]!.message).toContain('waymark.anchored.js');
  expect(events).not.toContain('flow_started:tour');
  await expect(root(page).locator('[data-wm-kind="tooltip"]')).toHaveCount(0);
  expect(pageErrors).toEqual([]);
});

test('anchors are a chunk of their own: a bar page never loads it, a tour that may start requests it with the renderers, and one that cannot load is reported once while the bar still shows', async ({ page }) => {
  const { requested, pageErrors } = await splitCorePage(page);
  await initWith(page, [bar]);
  await expect(root(page).locator('[data-wm-kind="bar"]')).toContainText('Fresh news');
  await page.waitForTimeout(300);
  expect(requested).not.toContain('waymark.anchors.js');
  expect(requested).not.toContain('waymark.delivery.js');

  const second = await page.context().newPage();
  const tourPage = await splitCorePage(second);
  await initWith(second, [tour(everywhere)]);
  await expect(root(second).locator('[data-wm-kind="tooltip"]')).toContainText('Start here');
  expect(tourPage.requested).toEqual(expect.arrayContaining(['waymark.anchors.js', 'waymark.anchored.js', 'waymark.ui.js']));
  expect(await errors(second)).toEqual([]);

  const third = await page.context().newPage();
  const failing = await splitCorePage(third, ['waymark.anchors.js']);
  await initWith(third, [bar, tour(everywhere)]);
  await expect(root(third).locator('[data-wm-kind="bar"]')).toContainText('Fresh news');
  await third.waitForTimeout(300);
  const failures = (await errors(third)).filter((e) => e.code === 'load_failed');
  expect(failures).toHaveLength(1);
  expect(failures[0]!.message).toContain('waymark.anchors.js');
  await expect(root(third).locator('[data-wm-kind="tooltip"]')).toHaveCount(0);
  expect([...pageErrors, ...tourPage.pageErrors, ...failing.pageErrors]).toEqual([]);
});

test('under a strict Content-Security-Policy with Trusted Types enforced, the split core loads its kind chunks from beside it (no nonce, no policy) and draws them', async ({ page }) => {
  const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const { requested, pageErrors } = await splitCorePage(page, [], { 'content-security-policy': policy });
  await initWith(page, [checklist, help, tour({ manual: true })]);
  await expect(root(page).locator('[data-wm-kind="checklist"]')).toContainText('Get started');
  await expect(root(page).locator('[data-wm-kind="resource-center"]').getByRole('button', { name: /Help me/ })).toBeVisible();
  await page.evaluate(() => (window as any).waymark.start('tour'));
  await expect(root(page).locator('[data-wm-kind="tooltip"]')).toContainText('Start here');
  expect(requested).toEqual(expect.arrayContaining(['waymark.anchored.js', 'waymark.checklist.js', 'waymark.resource-center.js']));
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  expect(await errors(page)).toEqual([]);
  expect(pageErrors).toEqual([]);
});
