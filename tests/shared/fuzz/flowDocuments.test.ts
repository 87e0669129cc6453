import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBundle, parseFlow } from '../../../shared/schema/parse.ts';
import { ERROR_LINE, flowDocument, mutatedFlow, seedFlows } from '../../fixtures/flowMutations.ts';

describe('flow documents, fuzzed (fast-check)', () => {
  it('every demo flow is valid to start from', () => {
    for (const flow of seedFlows) expect(parseFlow(flow)).toMatchObject({ ok: true });
  });

  it('parseFlow never throws on 8,000 mutated or random documents, and says what and where for each invalid one', () => {
    fc.assert(
      fc.property(flowDocument, (doc) => {
        const result = parseFlow(doc);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const line of result.errors) expect(line).toMatch(ERROR_LINE);
      }),
      { numRuns: 8_000, seed: 20_261_123 },
    );
  }, 120_000);

  it('a bundle keeps its valid flows and rejects each invalid one alone, with its index in the path (2,000 bundles)', () => {
    fc.assert(
      fc.property(fc.array(mutatedFlow, { minLength: 1, maxLength: 6 }), (flows) => {
        const result = parseBundle({ schemaVersion: 1, flows });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const verdicts = flows.map((f) => parseFlow(f).ok);
        expect(result.value.flows.length).toBe(verdicts.filter(Boolean).length);
        expect(result.value.rejected.map((r) => r.index)).toEqual(verdicts.flatMap((ok, i) => (ok ? [] : [i])));
        for (const rejected of result.value.rejected) {
          for (const line of rejected.errors) expect(line.startsWith(`flows[${rejected.index}].`) || line.startsWith(`flows[${rejected.index}]:`)).toBe(true);
        }
      }),
      { numRuns: 2_000, seed: 7 },
    );
  }, 120_000);
});
