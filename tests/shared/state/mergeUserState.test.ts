import { describe, expect, it } from 'vitest';
import { parseUserState, type FlowState, type UserState } from '../../../shared/schema/userState.ts';
import { emptyUserState } from '../../../shared/state/emptyUserState.ts';
import { mergeFlowState, mergeUserState } from '../../../shared/state/mergeUserState.ts';

const flow = (overrides: Partial<FlowState> = {}): FlowState => ({ flowVersion: 1, status: 'active', stepIndex: 0, starts: 1, lastStartedAt: 100, updatedAt: 100, ...overrides });
const state = (overrides: Partial<UserState> = {}): UserState => ({ ...emptyUserState('u1'), updatedAt: 100, ...overrides });

describe('mergeFlowState', () => {
  it('takes the entry with the newer updatedAt', () => {
    const older = flow({ stepIndex: 3, updatedAt: 100 });
    const newer = flow({ stepIndex: 1, stepId: 'two', updatedAt: 200 });
    expect(mergeFlowState(older, newer)).toEqual(newer);
    expect(mergeFlowState(newer, older)).toEqual(newer);
  });

  it('keeps a completed flow completed at its earliest completion, whichever side is newer', () => {
    const completed = flow({ status: 'completed', stepIndex: 2, completedAt: 150, updatedAt: 150 });
    const restarted = flow({ status: 'active', stepIndex: 0, starts: 2, lastStartedAt: 300, updatedAt: 300 });
    expect(mergeFlowState(completed, restarted)).toEqual({ ...restarted, status: 'completed', completedAt: 150 });
    expect(mergeFlowState(restarted, completed)).toEqual({ ...restarted, status: 'completed', completedAt: 150 });
    const laterCompletion = flow({ status: 'completed', completedAt: 400, updatedAt: 400 });
    expect(mergeFlowState(completed, laterCompletion)).toMatchObject({ status: 'completed', completedAt: 150, updatedAt: 400 });
  });

  it('does not bring back a dismissal when the newer entry is a restart', () => {
    const dismissed = flow({ status: 'dismissed', dismissedAt: 120, updatedAt: 120 });
    const restarted = flow({ status: 'active', starts: 2, updatedAt: 200 });
    expect(mergeFlowState(dismissed, restarted).status).toBe('active');
  });

  it('unions checklist items and keeps the higher start count and last start', () => {
    const a = flow({ completedItems: ['connect', 'widget'], starts: 3, lastStartedAt: 500, updatedAt: 100 });
    const b = flow({ completedItems: ['invite', 'connect'], starts: 1, lastStartedAt: 90, updatedAt: 200 });
    expect(mergeFlowState(a, b)).toMatchObject({ completedItems: ['connect', 'widget', 'invite'], starts: 3, lastStartedAt: 500, updatedAt: 200 });
    expect(mergeFlowState(flow(), flow())).not.toHaveProperty('completedItems');
  });

  it('breaks an updatedAt tie the same way in both orders', () => {
    const a = flow({ status: 'dismissed', updatedAt: 100 });
    const b = flow({ status: 'active', stepIndex: 2, updatedAt: 100 });
    expect(mergeFlowState(a, b)).toEqual(mergeFlowState(b, a));
    expect(mergeFlowState(a, b).status).toBe('dismissed');
  });
});

describe('mergeUserState', () => {
  it('keeps the earliest time a milestone was reached and adds new ones', () => {
    const merged = mergeUserState(state({ milestones: { connected: 300, invited: 50 } }), state({ milestones: { connected: 200, saved: 400 } }));
    expect(merged.milestones).toEqual({ connected: 200, invited: 50, saved: 400 });
  });

  it('keeps an experiment assignment sticky unless the incoming one has a higher bucketVersion', () => {
    const existing = state({ experiments: { exp: { variant: 'a', bucketVersion: 1, assignedAt: 100 } } });
    const sameVersion = state({ experiments: { exp: { variant: 'b', bucketVersion: 1, assignedAt: 50 } } });
    expect(mergeUserState(existing, sameVersion).experiments.exp!.variant).toBe('a');
    const rebucketed = state({ experiments: { exp: { variant: 'b', bucketVersion: 2, assignedAt: 600 } } });
    expect(mergeUserState(existing, rebucketed).experiments.exp).toEqual({ variant: 'b', bucketVersion: 2, assignedAt: 600 });
    expect(mergeUserState(rebucketed, existing).experiments.exp!.variant).toBe('b');
  });

  it('merges flows key by key and keeps the newest updatedAt', () => {
    const merged = mergeUserState(
      state({ flows: { tour: flow({ stepIndex: 2, updatedAt: 300 }) }, updatedAt: 300 }),
      state({ flows: { tour: flow({ stepIndex: 1, updatedAt: 200 }), bar: flow({ status: 'dismissed', updatedAt: 250 }) }, updatedAt: 250 }),
    );
    expect(Object.keys(merged.flows)).toEqual(['tour', 'bar']);
    expect(merged.flows.tour!.stepIndex).toBe(2);
    expect(merged.flows.bar!.status).toBe('dismissed');
    expect(merged.updatedAt).toBe(300);
  });

  it('treats keys named like Object.prototype members as plain keys', () => {
    const merged = mergeUserState(state(), state({ milestones: { constructor: 5, toString: 7 } }));
    expect(merged.milestones).toEqual({ constructor: 5, toString: 7 });
  });

  it('is idempotent: merging the same state twice changes nothing', () => {
    const s = state({ flows: { tour: flow({ completedItems: ['a'] }) }, milestones: { m: 1 }, experiments: { e: { variant: 'v', bucketVersion: 1, assignedAt: 1 } } });
    expect(mergeUserState(s, s)).toEqual(s);
    expect(mergeUserState(mergeUserState(emptyUserState('u1'), s), s)).toEqual(s);
  });
});

describe('parseUserState', () => {
  it('names the path of a problem', () => {
    const result = parseUserState({ ...state(), flows: { tour: { ...flow(), stepIndex: -1 } } });
    expect(result).toEqual({ ok: false, errors: ['flows.tour.stepIndex: must be at least 0'] });
    expect(parseUserState({ ...state(), experiments: { 'bad key': { variant: 'a', bucketVersion: 1, assignedAt: 0 } } }).ok).toBe(false);
    expect(parseUserState({ ...state(), extra: 1 })).toEqual({ ok: false, errors: ['(root): unknown key "extra"'] });
  });
});
