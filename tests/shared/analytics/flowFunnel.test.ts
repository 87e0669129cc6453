import { describe, expect, it } from 'vitest';
import { flowFunnel } from '../../../shared/analytics/flowFunnel.ts';
import { EventLog, MINUTE, T0 } from './eventLog.ts';

const STEPS = ['welcome', 'customise', 'install'];

describe('flowFunnel', () => {
  it('counts distinct users per step and where they drop off', () => {
    const log = new EventLog();
    // 10 start; 3 stop after welcome (1 dismissing), 2 after customise, 1 after install, 4 complete.
    const plan: [number, 'completed' | 'dismissed' | 'none'][] = [
      [1, 'dismissed'], [1, 'none'], [1, 'none'], [2, 'dismissed'], [2, 'dismissed'], [3, 'none'], [3, 'completed'], [3, 'completed'], [3, 'completed'], [3, 'completed'],
    ];
    plan.forEach(([shown, end], i) => log.tour(`u${i}`, T0 + i * MINUTE, 'integrate-tour', STEPS, shown, end));
    // One user sees the tour again the next day and completes it: still one user.
    log.tour('u9', T0 + 1440 * MINUTE, 'integrate-tour', STEPS, 3, 'completed');
    // Another flow's events are not counted.
    log.tour('u0', T0, 'other-flow', ['x'], 1, 'completed');

    const funnel = flowFunnel(log.events, 'integrate-tour');
    expect(funnel.started).toBe(10);
    expect(funnel.steps).toEqual([
      { stepId: 'welcome', users: 10, dismissed: 1, dropOff: 3, dropOffRate: 0.3 },
      { stepId: 'customise', users: 7, dismissed: 2, dropOff: 2, dropOffRate: 2 / 7 },
      { stepId: 'install', users: 5, dismissed: 0, dropOff: 1, dropOffRate: 0.2 },
    ]);
    expect(funnel.completed).toBe(4);
    expect(funnel.dismissed).toBe(3);
    expect(funnel.completionRate).toBe(0.4);
  });

  it('a user who starts mid-tour on another page drops off at their furthest step, not the first', () => {
    const log = new EventLog();
    log.add('flow_started', 'u1', T0, { flowId: 't', flowVersion: 1, props: { manual: false, startStep: 1 } });
    log.add('step_shown', 'u1', T0 + 1, { flowId: 't', flowVersion: 1, stepId: 'customise', props: { index: 1, total: 3 } });
    const funnel = flowFunnel(log.events, 't', { steps: STEPS });
    expect(funnel.steps.map((s) => [s.stepId, s.users, s.dropOff])).toEqual([['welcome', 0, 0], ['customise', 1, 1], ['install', 0, 0]]);
  });

  it('counts an event delivered twice once, and joins anonymous events to the user identified later', () => {
    const log = new EventLog();
    const started = log.add('flow_started', 'u1', T0, { flowId: 't', flowVersion: 1, anonymous: true, props: {} });
    log.add('step_shown', 'u1', T0 + 1, { flowId: 't', flowVersion: 1, stepId: 'welcome', anonymous: true, props: { index: 0, total: 1 } });
    log.add('flow_completed', 'u1', T0 + 2, { flowId: 't', flowVersion: 1, stepId: 'welcome', props: {} }); // after identify()
    const funnel = flowFunnel([...log.events, started], 't');
    expect(funnel.started).toBe(1);
    expect(funnel.completed).toBe(1);
    expect(funnel.steps[0]!.dropOff).toBe(0);
  });

  it('orders steps by the document, keeps unseen steps, and filters by version, date and variant', () => {
    const log = new EventLog();
    log.tour('old', T0, 't', STEPS, 3, 'completed', 1);
    log.tour('new', T0 + 10 * MINUTE, 't', STEPS, 1, 'dismissed', 2);
    log.tour('later', T0 + 60 * MINUTE, 't', STEPS, 2, 'none', 2);
    log.add('experiment_exposure', 'later', T0 + 59 * MINUTE, { experimentId: 'exp', variant: 'tour', props: {} });
    log.add('experiment_exposure', 'new', T0 + 9 * MINUTE, { experimentId: 'exp', variant: 'control', props: {} });

    const v2 = flowFunnel(log.events, 't', { steps: [...STEPS, 'never-shown'], filter: { flowVersion: 2 } });
    expect(v2.started).toBe(2);
    expect(v2.steps.map((s) => s.users)).toEqual([2, 1, 0, 0]);
    expect(v2.steps.at(-1)!.stepId).toBe('never-shown');

    expect(flowFunnel(log.events, 't', { filter: { from: T0 + 5 * MINUTE, to: T0 + 30 * MINUTE } }).started).toBe(1);
    const tourArm = flowFunnel(log.events, 't', { filter: { variant: { experimentId: 'exp', variant: 'tour' } } });
    expect([tourArm.started, tourArm.steps[1]!.users]).toEqual([1, 1]);
  });
});
