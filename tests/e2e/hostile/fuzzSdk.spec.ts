import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { prefixProblem } from '../../../shared/schema/findReservedKeys.ts';
import { parseFlow } from '../../../shared/schema/parse.ts';
import { flowDocument } from '../../fixtures/flowMutations.ts';

const DOCS = 2_000;
const BATCH = 250;
const CALLS = 5_000;

const canary = { schemaVersion: 1, id: 'fuzz-canary', version: 1, name: 'Canary', kind: 'modal', trigger: { manual: true }, frequency: { type: 'every_session' }, steps: [{ id: 's1', type: 'modal', title: 'Still working' }] };

/** Documents as JSON text, so the page and the oracle (parseFlow here) see exactly the same input. */
function sampleDocuments(count = DOCS): string[] {
  return fc.sample(flowDocument, { numRuns: count, seed: 42 }).map((doc, i) => {
    if (doc && typeof doc === 'object' && typeof (doc as { id?: unknown }).id === 'string') (doc as { id: string }).id = `f${i}`;
    return JSON.stringify(doc) ?? 'null';
  });
}

test('thousands of fuzzed flow documents: no throw into the page, one onError with the zod path per invalid flow, valid ones kept', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/hostile/blank');
  const docs = sampleDocuments();
  for (let start = 0; start < docs.length; start += BATCH) {
    const batch = docs.slice(start, start + BATCH);
    const verdicts = batch.map((text) => parseFlow(JSON.parse(text)));
    const seen = await page.evaluate(async ({ batch, canary, n }) => {
      const errors: Array<{ code: string; flowId?: string; details?: string[] }> = [];
      const flows = [...batch.map((t) => JSON.parse(t)), canary];
      const w = (window as any).Waymark.init({ dbName: `fuzz-${n}`, autoStart: false, flows, onError: (e: any) => errors.push(e) });
      await w.ready;
      w.start('fuzz-canary');
      await new Promise((r) => setTimeout(r, 0));
      const shown = document.querySelector('waymark-root')?.shadowRoot?.querySelector('[data-wm-kind="modal"] h2')?.textContent ?? null;
      const kept = w.flows.map((f: { id: string }) => f.id);
      w.destroy();
      return { errors, kept, shown };
    }, { batch, canary, n: start });
    const invalid = verdicts.flatMap((v, i) => (v.ok ? [] : [i]));
    const flowErrors = seen.errors.filter((e) => e.code === 'invalid_flow');
    expect(seen.errors.filter((e) => e.code !== 'invalid_flow')).toEqual([]);
    // One expect per batch (each expect is a reported step, slow by the thousand).
    expect(flowErrors.map((e) => e.details)).toEqual(invalid.map((i) => (verdicts[i] as { errors: string[] }).errors.map((line) => prefixProblem(`flows[${i}]`, line))));
    const validIds = verdicts.flatMap((v) => (v.ok ? [v.value.id] : []));
    expect(new Set(seen.kept)).toEqual(new Set([...validIds, 'fuzz-canary']));
    expect(seen.shown).toBe('Still working');
  }
  expect(pageErrors).toEqual([]);
});

test('without onError, each invalid flow is one console warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && m.text().startsWith('[waymark]') && warnings.push(m.text()));
  await page.goto('/hostile/blank');
  const batch = sampleDocuments(200);
  const invalid = batch.filter((text) => !parseFlow(JSON.parse(text)).ok).length;
  await page.evaluate(async (batch) => {
    const w = (window as any).Waymark.init({ dbName: 'fuzz-warn', autoStart: false, flows: batch.map((t) => JSON.parse(t)) });
    await w.ready;
  }, batch);
  expect(invalid).toBeGreaterThan(50);
  await expect.poll(() => warnings.length).toBe(invalid);
});

test('thousands of random API calls (identify(null), track(123), huge strings, cyclic props) never throw and leave the SDK working', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/hostile/blank');
  const arg = fc.oneof(
    fc.anything({ maxDepth: 2, withBigInt: false }),
    fc.constantFrom(null, undefined, 123, '', 'CYCLIC', 'HUGE', 'fuzz-canary', 'ok_event', '__proto__', { force: true }),
  );
  const calls = fc.sample(fc.tuple(fc.constantFrom('identify', 'track', 'start', 'open', 'on', 'off', 'hasReached'), fc.array(arg, { maxLength: 3 })), { numRuns: CALLS, seed: 99 });
  const result = await page.evaluate(async ({ calls, canary }) => {
    const reported: string[] = [];
    const w = (window as any).Waymark.init({ dbName: 'fuzz-api', flows: [canary], onError: (e: { code: string; message: string }) => reported.push(e.code === 'internal' ? e.message : e.code) });
    await w.ready;
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const huge = 'x'.repeat(1_000_000);
    let thrown = 0;
    for (const [method, args] of calls as Array<[string, unknown[]]>) {
      const real = args.map((a) => (a === 'CYCLIC' ? cyclic : a === 'HUGE' ? huge : a));
      try {
        w[method](...real);
      } catch {
        thrown++;
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    w.start('fuzz-canary', { force: true });
    await new Promise((r) => setTimeout(r, 50));
    const shown = document.querySelector('waymark-root')?.shadowRoot?.querySelector('[data-wm-kind="modal"] h2')?.textContent ?? null;
    return { thrown, shown, codes: [...new Set(reported)].sort() };
  }, { calls, canary });
  expect(result.thrown).toBe(0);
  expect(result.shown).toBe('Still working');
  expect(result.codes).toEqual(expect.arrayContaining(['invalid_argument']));
  expect(result.codes.filter((c) => c !== 'invalid_argument')).toEqual([]);
  expect(pageErrors).toEqual([]);
});
