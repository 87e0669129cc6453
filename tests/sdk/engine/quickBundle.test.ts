import { describe, expect, it } from 'vitest';
import { loadFlows } from '../../../sdk/engine/loadFlows.ts';
import { quickBundle } from '../../../sdk/engine/quickBundle.ts';
import { flow, tooltip } from './fixtures.ts';

describe('quickBundle: the cheap first look before the full check', () => {
  it('takes flows with the shape the engine runs on, as the full check would', () => {
    const flows = [flow('tour', { steps: [tooltip('a')] }), flow('modal', { kind: 'modal', frequency: { type: 'every_session' } })];
    const quick = quickBundle(flows);
    expect(quick?.flows.map((f) => f.id)).toEqual(['tour', 'modal']);
    const full = loadFlows(flows);
    expect(full.ok && full.value.flows).toEqual(quick?.flows);
  });

  it('takes a resource center (the demo\'s bundle has one), so such a bundle is not validated in full before the first step', () => {
    const center = flow('help', {
      kind: 'resource-center', frequency: { type: 'every_session' }, steps: [],
      resourceCenter: { title: 'Help', sections: [{ id: 'h', type: 'help', items: [{ id: 'a', title: 'Docs', url: 'https://example.com/docs' }] }, { id: 'c', type: 'checklists' }] },
    } as never);
    const quick = quickBundle([center, flow('tour', { steps: [tooltip('a')] })]);
    expect(quick?.flows.map((f) => f.id)).toEqual(['help', 'tour']);
    const full = loadFlows([center, flow('tour', { steps: [tooltip('a')] })]);
    expect(full.ok && full.value.flows).toEqual(quick?.flows);
  });

  it('brings version 1 flows to the current version, as the full check does', () => {
    expect(quickBundle({ schemaVersion: 1, flows: [flow('old')] })?.flows[0]?.schemaVersion).toBe(2);
  });

  it('leaves to the full check anything it cannot vouch for', () => {
    const anchorless = flow('broken', { steps: [{ id: 's', type: 'tooltip', title: 'No anchor' } as never] });
    for (const input of [
      [anchorless],
      [{ ...flow('x'), kind: 'wizard' }],
      [{ ...flow('x'), steps: 'none' }],
      [{ ...flow('x'), frequency: undefined }],
      [{ ...flow('x'), kind: 'resource-center', steps: [] }],
      [{ ...flow('x'), kind: 'resource-center', steps: [], resourceCenter: { title: 'Help', sections: [{ id: 't', type: 'tours', items: 'all' }] } }],
      { schemaVersion: 99, flows: [] },
      { schemaVersion: 2, flows: [flow('x')], experiments: [] },
      { schemaVersion: 2, flows: [flow('x')], milestones: [{ id: 'm' }] },
      'flows',
      null,
    ]) expect(quickBundle(input)).toBeNull();
  });

  it('keeps milestones of the right shape', () => {
    const milestones = [{ id: 'm', name: 'M', reachedBy: [{ type: 'event', name: 'x' }] }];
    expect(quickBundle({ schemaVersion: 2, flows: [], milestones })?.milestones).toEqual(milestones);
  });
});
