/** What the builder says about a flow's state and a release before it goes: statuses per environment and the release's diff. */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { bundleWithoutFlow } from '../../../extension/lib/flows/bundleWithoutFlow.ts';
import { flowStatus } from '../../../extension/lib/flows/flowStatus.ts';
import { releaseDiff } from '../../../extension/lib/flows/releaseDiff.ts';
import { stableJson } from '../../../extension/lib/flows/stableJson.ts';

const modal = (id: string, title: string): Flow => ({ schemaVersion: 1, id, version: 1, name: id.toUpperCase(), kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' }, steps: [{ id: 's', type: 'modal', title }] });
const bundle = (...flows: Flow[]): Bundle => ({ schemaVersion: 1, flows, milestones: [] });

describe('flowStatus', () => {
  it('is Live when the environment shows exactly the draft, however its keys are ordered', () => {
    const draft = modal('a', 'Hi');
    const reordered = JSON.parse(JSON.stringify({ steps: draft.steps, frequency: draft.frequency, trigger: draft.trigger, kind: 'modal', name: 'A', version: 1, id: 'a', schemaVersion: 1 })) as Flow;
    expect(flowStatus(draft, bundle(reordered), true)).toBe('live');
    expect(stableJson(draft)).toBe(stableJson(reordered));
  });

  it('is Live with unpublished changes after an edit, Draft before any release, Paused when taken out of one', () => {
    expect(flowStatus(modal('a', 'Edited'), bundle(modal('a', 'Hi')), true)).toBe('changed');
    expect(flowStatus(modal('a', 'Hi'), undefined, false)).toBe('draft');
    expect(flowStatus(modal('a', 'Hi'), bundle(modal('b', 'B')), false)).toBe('draft');
    expect(flowStatus(modal('a', 'Hi'), bundle(modal('b', 'B')), true)).toBe('paused');
  });
});

describe('releaseDiff', () => {
  it('lists the flows a release adds, changes and removes, by name', () => {
    const diff = releaseDiff(bundle(modal('a', 'A'), modal('b', 'B')), bundle(modal('a', 'A2'), modal('c', 'C')));
    expect(diff.added.map((f) => f.name)).toEqual(['C']);
    expect(diff.changed.map((f) => f.name)).toEqual(['A']);
    expect(diff.removed.map((f) => f.name)).toEqual(['B']);
    expect(diff.empty).toBe(false);
  });

  it('counts every flow as added for a first release, and nothing for an identical one', () => {
    expect(releaseDiff(undefined, bundle(modal('a', 'A'))).added).toHaveLength(1);
    expect(releaseDiff(bundle(modal('a', 'A')), bundle(modal('a', 'A'))).empty).toBe(true);
  });

  it('notices milestones and experiments changing even when no flow does', () => {
    const before = bundle(modal('a', 'A'));
    const after: Bundle = { ...before, milestones: [{ id: 'm', name: 'Connected', stage: 'activation', reachedBy: [{ type: 'event', name: 'x' }] }] };
    expect(releaseDiff(before, after)).toMatchObject({ empty: false, milestonesChanged: ['Connected'] });
    expect(releaseDiff(after, before).milestonesRemoved).toEqual(['Connected']);
    expect(releaseDiff(before, { ...before, holdout: { seed: 's', share: 0.1 } }).experimentsChanged).toBe(true);
  });
});

describe('bundleWithoutFlow (pause)', () => {
  it('takes the flow and the experiments that show it out, and keeps the rest as published', () => {
    const live: Bundle = {
      ...bundle(modal('a', 'A'), modal('b', 'B')),
      experiments: [
        { key: 'x', seed: 's', variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'a', flowId: 'a', weight: 1 }], goal: 'm', attributionDays: 14 },
        { key: 'y', seed: 's', variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'b', flowId: 'b', weight: 1 }], goal: 'm', attributionDays: 14 },
      ],
    };
    const paused = bundleWithoutFlow(live, 'a');
    expect(paused.flows.map((f) => f.id)).toEqual(['b']);
    expect(paused.experiments?.map((e) => e.key)).toEqual(['y']);
  });
});
