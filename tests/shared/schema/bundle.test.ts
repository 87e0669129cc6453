import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBundle, validateBundle } from '../../../shared/schema/parse.ts';
import { validBundle, validTour } from '../../fixtures/flows.ts';

describe('bundles', () => {
  it('keeps the valid flows and reports each invalid one with its path', () => {
    const bundle = validBundle();
    const broken: Record<string, any> = { ...validTour(), id: 'broken' };
    broken.steps[1].anchor = undefined;
    bundle.flows.push(broken, 'not a flow');
    const result = parseBundle(bundle);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.flows.map((f) => f.id)).toEqual(['tour-1']);
    expect(result.value.milestones.map((m) => m.id)).toEqual(['connected']);
    expect(result.value.rejected).toEqual([
      { index: 1, flowId: 'broken', errors: ['flows[1].steps[1].anchor: required for tooltip steps'] },
      { index: 2, errors: ['flows[2]: expected an object'] },
    ]);
  });

  it('strict validation (the builder export) reports every problem in place', () => {
    const bundle = validBundle();
    bundle.flows[0].frequency = { type: 'sometimes' };
    bundle.milestones[0].stage = 'delight';
    const result = validateBundle(bundle);
    expect(result).toEqual({
      ok: false,
      errors: [
        'flows[0].frequency.type: must be one of "once", "every_session", "until_completed", "every_n_days"',
        'milestones[0].stage: must be one of "acquisition", "activation", "adoption", "retention", "expansion", "advocacy"',
      ],
    });
  });

  it('an envelope problem rejects the bundle as a whole', () => {
    expect(parseBundle({ schemaVersion: 1, flows: {} })).toEqual({ ok: false, errors: ['flows: expected array, got an object'] });
  });

  it('the demo bundle is valid', () => {
    const demo = JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8'));
    const result = validateBundle(demo);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});

describe('flows at an older version inside a current bundle', () => {
  it('are migrated one by one, the same way by publish (validateBundle) and the SDK (parseBundle)', () => {
    const bundle = { schemaVersion: 2, flows: [{ ...validTour(), schemaVersion: 1 }, { ...validTour(), id: 'current', schemaVersion: 2 }] };
    const strict = validateBundle(bundle);
    expect(strict.ok && strict.value.flows.map((f) => [f.id, f.schemaVersion])).toEqual([[validTour().id, 2], ['current', 2]]);
    const lenient = parseBundle(bundle);
    expect(lenient.ok && lenient.value.flows.map((f) => f.schemaVersion)).toEqual([2, 2]);
  });
  it('a flow newer than this Waymark is still refused with its path', () => {
    const result = validateBundle({ schemaVersion: 2, flows: [{ ...validTour(), schemaVersion: 3 }] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain('flows[0].schemaVersion');
  });
});
