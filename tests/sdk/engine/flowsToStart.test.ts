import { describe, expect, it } from 'vitest';
import { flowsForEvent, flowsToStart } from '../../../sdk/engine/rules/flowsToStart.ts';
import { anchor, audienceContext, candidates, flow, modal, page, saved } from './fixtures.ts';

const ids = (list: ReturnType<typeof flowsToStart>) => list.map((c) => `${c.type}:${c.flow.id}`);

describe('flowsToStart: which flows may start on this page now', () => {
  it('a flow whose page rules match starts; one whose rules do not, or that is excluded, does not', () => {
    const here = flow('here', { trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } } });
    const elsewhere = flow('elsewhere', { trigger: { pages: { include: [{ type: 'exact', value: '/billing' }] } } });
    const excluded = flow('excluded', { trigger: { pages: { include: [{ type: 'glob', value: '/**' }], exclude: [{ type: 'exact', value: '/team' }] } } });
    expect(ids(flowsToStart(candidates([here, elsewhere, excluded], { page: page('/team') })))).toEqual(['start:here']);
  });

  it('keeps the priority order it is given and skips flows already running', () => {
    const list = [flow('high'), flow('mid'), flow('low')];
    expect(ids(flowsToStart(candidates(list, { running: new Set(['mid']) })))).toEqual(['start:high', 'start:low']);
  });

  it('manual and event triggers never start from page evaluation', () => {
    const manual = flow('manual', { trigger: { manual: true } });
    const onEvent = flow('event', { trigger: { event: 'saved' } });
    expect(flowsToStart(candidates([manual, onEvent]))).toEqual([]);
  });

  it('frequency "once": a flow started before does not start again; "every_session" does in a new session only', () => {
    const once = flow('once');
    const perSession = flow('session', { frequency: { type: 'every_session' } });
    const progress = new Map([['once', saved('once', { status: 'completed' })], ['session', saved('session', { status: 'completed', sessionId: 'now' })]]);
    expect(flowsToStart(candidates([once, perSession], { progress }))).toEqual([]);
    progress.set('session', saved('session', { status: 'completed', sessionId: 'yesterday' }));
    expect(ids(flowsToStart(candidates([once, perSession], { progress })))).toEqual(['start:session']);
  });

  it('an active flow of the same version resumes (past frequency), on its pages only', () => {
    const tour = flow('tour', { trigger: { pages: { include: [{ type: 'exact', value: '/team' }] } } });
    const progress = new Map([['tour', saved('tour', { stepIndex: 1 })]]);
    expect(flowsToStart(candidates([tour], { progress, page: page('/team') }))).toMatchObject([{ type: 'start', resuming: true, delayMs: 0 }]);
    expect(flowsToStart(candidates([tour], { progress, page: page('/billing') }))).toEqual([]);
  });

  it('an active flow whose current step names its own page resumes anywhere (the step waits for its page)', () => {
    const tour = flow('tour', { trigger: { pages: { include: [{ type: 'exact', value: '/start' }] } }, steps: [modal('a'), modal('b', { url: { type: 'exact', value: '/next' } })] });
    const progress = new Map([['tour', saved('tour', { stepIndex: 1 })]]);
    expect(flowsToStart(candidates([tour], { progress, page: page('/elsewhere') }))).toMatchObject([{ type: 'start', resuming: true }]);
  });

  it('progress of an older version does not resume: the new version starts by its own rules', () => {
    const tour = flow('tour', { version: 2, frequency: { type: 'until_completed' } });
    const progress = new Map([['tour', saved('tour', { flowVersion: 1, stepIndex: 1 })]]);
    expect(flowsToStart(candidates([tour], { progress }))).toMatchObject([{ type: 'start', resuming: false }]);
  });

  it('a trigger element not on the page yet is watched instead of started; present, it starts', () => {
    const waiting = flow('waiting', { trigger: { pages: { include: [{ type: 'glob', value: '/**' }] }, elementPresent: anchor('upgrade') } });
    expect(flowsToStart(candidates([waiting]))).toMatchObject([{ type: 'watch_element', anchor: anchor('upgrade') }]);
    expect(ids(flowsToStart(candidates([waiting], { elementPresent: () => true })))).toEqual(['start:waiting']);
  });

  it('the audience decides, and its context is only built when a flow with an audience gets that far', () => {
    const trial = flow('trial', { audience: { type: 'trait', key: 'plan', op: 'eq', value: 'trial' } } as never);
    let built = 0;
    const audience = (plan: string) => () => (built++, audienceContext({ plan }));
    expect(ids(flowsToStart(candidates([trial], { audience: audience('trial') })))).toEqual(['start:trial']);
    expect(flowsToStart(candidates([trial], { audience: audience('pro') }))).toEqual([]);
    flowsToStart(candidates([flow('plain')], { audience: audience('pro') }));
    expect(built).toBe(2);
  });

  it('a trigger delay is passed on; resuming ignores it', () => {
    const delayed = flow('delayed', { trigger: { pages: { include: [{ type: 'glob', value: '/**' }] }, delayMs: 1500 } });
    expect(flowsToStart(candidates([delayed]))).toMatchObject([{ delayMs: 1500 }]);
    expect(flowsToStart(candidates([delayed], { progress: new Map([['delayed', saved('delayed')]]) }))).toMatchObject([{ delayMs: 0, resuming: true }]);
  });
});

describe('flowsForEvent: what tracking an event starts', () => {
  const survey = flow('nps', { kind: 'survey', trigger: { event: 'integration_connected', pages: { include: [{ type: 'exact', value: '/integrations' }] } } });

  it('flows triggered by that event, on their pages, in their audience', () => {
    expect(ids(flowsForEvent('integration_connected', candidates([survey], { page: page('/integrations') })))).toEqual(['start:nps']);
    expect(flowsForEvent('integration_connected', candidates([survey], { page: page('/team') }))).toEqual([]);
    expect(flowsForEvent('other_event', candidates([survey], { page: page('/integrations') }))).toEqual([]);
  });

  it('a manual flow is not started by its event', () => {
    const manual = flow('m', { trigger: { event: 'x', manual: true } });
    expect(flowsForEvent('x', candidates([manual]))).toEqual([]);
  });
});
