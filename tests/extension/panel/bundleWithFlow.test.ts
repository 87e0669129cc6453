import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { bundleWithFlow } from '../../../extension/lib/flows/bundleWithFlow.ts';
import { experiment } from '../../support/fixtures/experiment.ts';
import { milestone } from '../../support/fixtures/milestone.ts';

const modal = (id: string, title: string, goal?: string): Flow => ({
  schemaVersion: 2, id, version: 1, name: id, kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' },
  steps: [{ id: 's', type: 'modal', title }], ...(goal ? { goal: { milestone: goal } } : {}),
});

const live: Bundle = {
  schemaVersion: 2,
  flows: [modal('a', 'A live'), modal('b', 'B live')],
  milestones: [milestone('m1', 'activation', 'old_event')],
  experiments: [experiment({ key: 'exp', seed: 'exp', arm: 'b', flowId: 'b', goal: 'm1' })],
};

describe('bundleWithFlow', () => {
  it('replaces only the published flow, in its place, and keeps the live experiments', () => {
    const result = bundleWithFlow(live, modal('b', 'B draft', 'm2'), [milestone('m1', 'activation', 'new_event'), milestone('m2', 'activation', 'e2')]);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.value.flows.map((f) => [f.id, f.steps[0]!.title])).toEqual([['a', 'A live'], ['b', 'B draft']]);
    expect(result.value.milestones?.map((m) => [m.id, m.reachedBy[0]])).toEqual([['m1', { type: 'event', name: 'new_event' }], ['m2', { type: 'event', name: 'e2' }]]);
    expect(result.value.experiments).toEqual(live.experiments);
  });

  it('adds a new flow after the live ones, or makes the first release from it alone', () => {
    const added = bundleWithFlow(live, modal('c', 'C'), []);
    expect(added.ok && added.value.flows.map((f) => f.id)).toEqual(['a', 'b', 'c']);
    const first = bundleWithFlow(undefined, modal('c', 'C'), [milestone('m1', 'activation', 'x')]);
    expect(first.ok && first.value.flows.map((f) => f.id)).toEqual(['c']);
  });

  it('reports problems with their path instead of publishing an invalid release', () => {
    const broken = { ...modal('c', 'C'), steps: [] } as Flow;
    const result = bundleWithFlow(live, broken, []);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain('flows[2].steps');
  });
});
