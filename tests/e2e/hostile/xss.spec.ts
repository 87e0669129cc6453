import { expect, test } from '@playwright/test';
import { flowsCarrying, prototypePayloads, xssPayloads, type CarrierFlow } from '../../fixtures/xssCorpus.ts';

interface Outcome {
  payload: number;
  accepted: string[];
  rejected: Array<{ flowId?: string; details?: string[] }>;
  unsafeLinks: string[];
  missingText: string[];
  brand: string;
}

const CHUNKS = 3;
for (let chunk = 0; chunk < CHUNKS; chunk++) {
test(`no payload in any string field of a flow runs, pollutes a prototype or becomes an unsafe link (part ${chunk + 1} of ${CHUNKS})`, async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.addInitScript(() => {
    const calls: unknown[] = [];
    Object.defineProperty(window, '__xssCalls', { value: calls });
    Object.defineProperty(window, '__xss', { value: (n: unknown) => calls.push(n) });
    window.alert = (n?: unknown) => calls.push(n);
  });
  await page.goto('/hostile/blank');

  const mine = xssPayloads.filter((_, i) => i % CHUNKS === chunk);
  const batches = mine.map((p) => ({ payload: p, carriers: flowsCarrying(p) }));
  const outcomes: Outcome[] = await page.evaluate(async (batches) => {
    const W = (window as any).Waymark;
    // Rendering is synchronous after a call or a click; Preact state updates land within a few microtasks.
    const tick = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve();
    };
    const safe = new Set(['http:', 'https:', 'mailto:']);
    const out: Outcome[] = [];
    for (const [i, { payload, carriers }] of batches.entries()) {
      const rejected: Outcome['rejected'] = [];
      const w = W.init({
        dbName: `xss-${i}`, locale: 'en', autoStart: false, flows: carriers.map((c: CarrierFlow) => c.flow),
        theme: { brandColor: payload, font: payload }, onError: (e: any) => e.code === 'invalid_flow' && rejected.push({ flowId: e.flowId, details: e.details }),
        navigate: () => {},
      });
      await w.ready;
      w.identify(payload, { name: payload });
      w.track(payload, { [payload]: payload });
      w.start(payload);
      const accepted: string[] = w.flows.map((f: { id: string }) => f.id);
      const blocking = new Set<string>(w.flows.filter((f: { kind: string }) => ['tour', 'modal', 'survey'].includes(f.kind)).map((f: { id: string }) => f.id));
      w.on('event', (e: { type: string; flowId?: string }) => {
        if ((e.type === 'flow_completed' || e.type === 'flow_dismissed') && e.flowId) blocking.delete(e.flowId);
      });
      for (const id of accepted) w.start(id, { force: true });
      await tick();
      const root = document.querySelector('waymark-root')!.shadowRoot!;
      const shown: Record<string, string> = {};
      const collect = () => {
        const live = root.querySelector('.wm-live[aria-live]')?.textContent ?? '';
        for (const el of root.querySelectorAll<HTMLElement>('[data-wm-flow]')) {
          let seen = `${el.textContent} ${live}`;
          for (const a of el.querySelectorAll('[placeholder], [aria-label], img[alt]')) seen += ` ${a.getAttribute('placeholder') ?? ''} ${a.getAttribute('aria-label') ?? ''} ${a.getAttribute('alt') ?? ''}`;
          shown[el.dataset.wmFlow!] = (shown[el.dataset.wmFlow!] ?? '') + seen;
        }
      };
      const unsafeLinks: string[] = [];
      let brand = '';
      for (let round = 0; round < 200 && blocking.size > 0; round++) {
        if (round === 0) for (const beacon of root.querySelectorAll<HTMLElement>('.wm-beacon')) beacon.click();
        for (const radio of root.querySelectorAll<HTMLElement>('.wm-rating-option[aria-checked="false"]:first-child')) radio.click();
        await tick();
        collect();
        for (const a of root.querySelectorAll<HTMLAnchorElement | HTMLImageElement>('a[href], img[src], [src], [href]')) {
          const url = a instanceof HTMLAnchorElement ? a.href : (a as HTMLImageElement).src;
          if (!safe.has(new URL(url, location.href).protocol)) unsafeLinks.push(url);
        }
        const card = root.querySelector<HTMLElement>('.wm-card');
        if (card && !brand) brand = getComputedStyle(card).getPropertyValue('--wm-brand').trim();
        for (const form of root.querySelectorAll<HTMLFormElement>('.wm-survey form')) form.requestSubmit();
        await tick();
        collect();
        const close = root.querySelector<HTMLElement>('.wm-overlay [data-wm-close], [data-wm-kind="tooltip"] [data-wm-close], [data-wm-kind="survey"] [data-wm-close]');
        // A step still waiting for its anchor ends on its own (onMissing) and lets the next one show.
        if (!close) await new Promise((r) => setTimeout(r, 25));
        else close.click();
        await tick();
      }
      w.destroy();
      const missingText = carriers
        .filter((c: CarrierFlow) => c.shownAsText && accepted.includes(c.flow.id as string) && !/[\u0000-\u001f]/.test(payload))
        .filter((c: CarrierFlow) => !(shown[c.flow.id as string] ?? '').includes(payload))
        .map((c: CarrierFlow) => c.field);
      out.push({ payload: i, accepted, rejected, unsafeLinks, missingText, brand });
    }
    return out;
  }, batches);

  expect(await page.evaluate(() => (window as any).__xssCalls)).toEqual([]);
  expect(pageErrors).toEqual([]);
  for (const o of outcomes) {
    const payload = mine[o.payload]!;
    expect(o.unsafeLinks, payload).toEqual([]);
    expect(o.missingText, `${payload} rendered as text`).toEqual([]);
    // An init theme carrying the payload is dropped, not written into the stylesheet.
    if (o.brand) expect(o.brand, payload).toBe('#4f46e5');
    // Every rejection names the field that carried the payload.
    for (const r of o.rejected) expect(r.details?.length, `${payload} ${r.flowId}`).toBeGreaterThan(0);
    expect(o.accepted.length + o.rejected.length, payload).toBe(flowsCarrying(payload).length);
  }
  // Payloads are accepted where a string is free text, and the unsafe URL ones are refused where a URL is expected.
  const urlFields = ['button-url', 'checklist-item-url', 'image-src', 'link-href', 'link-href-new-tab'];
  for (const [i, p] of mine.entries()) {
    // What a browser would run: leading C0 controls and spaces are stripped, tabs and newlines anywhere.
    const asBrowserSees = p.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
    if (/^(javascript|vbscript|data):/i.test(asBrowserSees)) expect(outcomes[i]!.rejected.map((r) => r.flowId), p).toEqual(expect.arrayContaining(urlFields));
    if (p.startsWith('<')) expect(outcomes[i]!.accepted, p).toEqual(expect.arrayContaining(['tooltip-title', 'bar-text', 'survey-question', 'locale-step', 'checklist-title']));
  }
  expect(await page.evaluate(() => Object.keys(Object.prototype).concat(Object.keys(Array.prototype)))).toEqual([]);
});
}

test('__proto__ and constructor.prototype keys in flows, bundles, traits and props pollute nothing', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/hostile/blank');
  const result = await page.evaluate(async (payloads) => {
    const W = (window as any).Waymark;
    const errors: string[] = [];
    const base = '"schemaVersion":1,"id":"p","version":1,"name":"P","kind":"modal","trigger":{"manual":true},"frequency":{"type":"once"}';
    for (const p of payloads) {
      const extra = p.slice(1, -1);
      const docs = [
        `{${base},"steps":[{"id":"s1","type":"modal","title":"T"}],${extra}}`,
        `{${base},"steps":[{"id":"s1","type":"modal","title":"T",${extra}}]}`,
        `{${base},"steps":[{"id":"s1","type":"modal","content":[{"type":"paragraph","children":[{"type":"text","text":"x",${extra}}]}]}]}`,
        `{${base},"steps":[{"id":"s1","type":"modal","title":"T"}],"theme":${p}}`,
        `{${base},"steps":[{"id":"s1","type":"modal","title":"T"}],"locales":{"default":"de","translations":${p}}}`,
        `{${base},"steps":[{"id":"s1","type":"modal","title":"T"}],"locales":{"default":"de","translations":{"en":{"steps":${p}}}}}`,
      ];
      const bundle = JSON.parse(`{"schemaVersion":1,"flows":[${docs.join(',')}],${extra}}`);
      const w = W.init({ dbName: 'proto', flows: bundle, traits: JSON.parse(p), onError: (e: { message: string }) => errors.push(e.message) });
      await w.ready;
      w.identify('proto-user', JSON.parse(p));
      w.track('proto_event', JSON.parse(p));
      for (const d of docs) W.init({ dbName: 'proto', flows: [JSON.parse(d)], onError: (e: { message: string }) => errors.push(e.message) }).destroy();
      await new Promise((r) => setTimeout(r, 20));
      w.destroy();
    }
    const probe: Record<string, unknown> = {};
    return { polluted: probe.polluted, isAdmin: probe.isAdmin, keys: Object.keys(Object.prototype), errors };
  }, prototypePayloads);
  expect(result.polluted).toBeUndefined();
  expect(result.isAdmin).toBeUndefined();
  expect(result.keys).toEqual([]);
  expect(result.errors.length).toBeGreaterThan(0);
  expect(pageErrors).toEqual([]);
});
