import { describe, expect, it } from 'vitest';
import { biggestDrop } from '../../../extension/lib/dashboard/biggestDrop.ts';
import { releaseNames } from '../../../extension/lib/dashboard/releaseNames.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';

const bundle = {
  schemaVersion: 1,
  flows: [
    { schemaVersion: 1, id: 'connect-bar', version: 1, name: 'Connect your chatbot (bar)', kind: 'announcement', steps: [{ id: 'bar', type: 'announcement', title: 'Connect your chatbot' }, { id: 'untitled', type: 'announcement' }] },
    { schemaVersion: 1, id: 'list', version: 1, name: 'Activation checklist', kind: 'checklist', steps: [{ id: 'c', type: 'checklist' }], checklist: { title: 'Get started', items: [{ id: 'connect', title: 'Connect your chatbot', milestone: 'integration-connected' }] } },
  ],
  milestones: [{ id: 'integration-connected', name: 'Chatbot connected', stage: 'activation', reachedBy: [] }, { id: 'nps', name: 'NPS answered', stage: 'advocacy', reachedBy: [] }],
  experiments: [{ key: 'exp', seed: 's', goal: 'integration-connected', attributionDays: 14, variants: [{ key: 'control', flowId: null, weight: 1 }, { key: 'bar', flowId: 'connect-bar', weight: 1 }, { key: 'named', name: 'Bar + checklist', flowId: 'connect-bar', weight: 1 }] }],
} as unknown as Bundle;

describe('releaseNames', () => {
  const names = releaseNames(bundle);
  it('names flows, steps, checklist items and milestones from the release', () => {
    expect(names.flow('connect-bar')).toBe('Connect your chatbot (bar)');
    expect(names.step('connect-bar', 'bar')).toBe('Connect your chatbot');
    expect(names.step('connect-bar', 'untitled')).toBe('Step 2');
    expect(names.item('list', 'connect')).toBe('Connect your chatbot');
    expect(names.milestone('integration-connected')).toBe('Chatbot connected');
  });
  it('names a variant by its own name, else its flow, and says what the control arm is', () => {
    expect(names.variant('exp', 'named')).toBe('Bar + checklist');
    expect(names.variant('exp', 'bar')).toBe('Connect your chatbot (bar)');
    expect(names.variant('exp', 'control')).toBe('No onboarding (control)');
  });
  it('falls back to the id for anything the release does not have, including inherited names', () => {
    expect(names.flow('gone')).toBe('gone');
    expect(names.step('connect-bar', 'constructor')).toBe('constructor');
    expect(names.milestone('toString')).toBe('toString');
    expect(releaseNames(null).variant('exp', 'bar')).toBe('bar');
  });
  it('reads a milestone inside a sentence in lower case, keeping acronyms', () => {
    expect(names.metric('integration-connected')).toBe('chatbot connected');
    expect(names.metric('nps')).toBe('NPS answered');
  });
});

describe('biggestDrop', () => {
  const step = (stepId: string, users: number, dropOff: number) => ({ stepId, users, dropOff, dismissed: 0, dropOffRate: users ? dropOff / users : 0 });
  it('is the step most users left the flow at, the earlier one on a tie', () => {
    const funnel = { flowId: 'f', started: 100, completed: 50, dismissed: 0, completionRate: 0.5, steps: [step('a', 100, 10), step('b', 90, 20), step('c', 70, 20)] };
    expect(biggestDrop(funnel)?.stepId).toBe('b');
  });
  it('is none when nobody left', () => {
    expect(biggestDrop({ flowId: 'f', started: 10, completed: 10, dismissed: 0, completionRate: 1, steps: [step('a', 10, 0)] })).toBeNull();
  });
});
