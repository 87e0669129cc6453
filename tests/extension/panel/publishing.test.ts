/** What the builder says about a flow's state and a release before it goes: statuses per environment and the release's diff. */
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { bundleWithoutFlow } from '../../../extension/lib/flows/bundleWithoutFlow.ts';
import { flowStatus } from '../../../extension/lib/flows/flowStatus.ts';
import { releaseDiff } from '../../../extension/lib/flows/releaseDiff.ts';
import { stableJson } from '../../../extension/lib/flows/stableJson.ts';
import { measuredBaseline } from '../../../extension/lib/flows/measuredBaseline.ts';
import { experiment } from '../../support/fixtures/experiment.ts';

const modal = (id: string, title: string): Flow => ({ schemaVersion: 2, id, version: 1, name: id.toUpperCase(), kind: 'modal', trigger: { manual: true }, frequency: { type: 'once' }, steps: [{ id: 's', type: 'modal', title }] });
const bundle = (...flows: Flow[]): Bundle => ({ schemaVersion: 2, flows, milestones: [] });

describe('flowStatus', () => {
  it('is Live when the environment shows exactly the draft, however its keys are ordered', () => {
    const draft = modal('a', 'Hi');
    const reordered = JSON.parse(JSON.stringify({ steps: draft.steps, frequency: draft.frequency, trigger: draft.trigger, kind: 'modal', name: 'A', version: 1, id: 'a', schemaVersion: 2 })) as Flow;
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
        experiment({ key: 'x', seed: 's', arm: 'a', flowId: 'a', goal: 'm' }),
        experiment({ key: 'y', seed: 's', arm: 'b', flowId: 'b', goal: 'm' }),
      ],
    };
    const paused = bundleWithoutFlow(live, 'a');
    expect(paused.flows.map((f) => f.id)).toEqual(['b']);
    expect(paused.experiments?.map((e) => e.key)).toEqual(['y']);
  });
});

describe('measuredBaseline (the sample-size planner’s start)', () => {
  const named = (key: string, goal: string) => experiment({ key, name: key.toUpperCase(), seed: 's', goal, flowId: 'bar' });
  const report = {
    release: { version: 1, env: 'production' },
    experiments: [
      { experiment: named('a', 'connected'), arms: [{ key: 'control', exposed: 300, converted: 126, weight: 1 }, { key: 'bar', exposed: 310, converted: 180, weight: 1 }], result: {} },
      { experiment: named('b', 'connected'), arms: [{ key: 'control', exposed: 100, converted: 42, weight: 1 }, { key: 'bar', exposed: 90, converted: 60, weight: 1 }], result: {} },
      { experiment: named('c', 'invited'), arms: [{ key: 'control', exposed: 50, converted: 5, weight: 1 }], result: {} },
    ],
  } as unknown as import('../../../extension/lib/dashboard/reports.ts').ExperimentsReport;

  it('is the control arms’ rate on that goal, added up over experiments', () => {
    expect(measuredBaseline(report, 'connected')).toEqual({ rate: 168 / 400, users: 400, source: 'the control arm of “A”, “B”' });
  });

  it('is null when nobody was measured on that goal', () => {
    expect(measuredBaseline(report, 'unknown')).toBeNull();
    expect(measuredBaseline(null, 'connected')).toBeNull();
  });
});
