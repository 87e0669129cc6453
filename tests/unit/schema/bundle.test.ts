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
