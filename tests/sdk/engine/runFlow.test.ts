import { describe, expect, it } from 'vitest';
import type { Effect, RunState } from '../../../sdk/engine/rules/effects.ts';
import { beginRun, DEFAULT_ANCHOR_TIMEOUT_MS, onSignal } from '../../../sdk/engine/rules/runFlow.ts';
import { context, flow, modal, page, saved, tooltip } from './fixtures.ts';

const at = (stepIndex: number, phase: RunState['phase'] = 'shown'): RunState => ({ flowId: 'tour', stepIndex, phase });
/** The effects without the bookkeeping ones, as `type` or `type:detail`, to read as a story. */
const story = (effects: Effect[]) =>
  effects.filter((e) => e.type !== 'unwatch' && e.type !== 'render').map((e) => (e.type === 'emit' ? `emit:${e.event}` : e.type === 'save' ? `save:${Object.keys(e.changes).join(',')}` : e.type));

describe('beginRun: starting a flow', () => {
  const tour = flow('tour');

  it('a fresh start records the start, emits flow_started and shows the first step', () => {
    const { run, effects } = beginRun(tour, undefined, false, false, { ...context(tour), sessionId: 's' });
    expect(run).toEqual(at(0));
    expect(story(effects)).toEqual(['save:status,stepIndex,stepId,starts,lastStartedAt,sessionId', 'emit:flow_started', 'announce', 'emit:step_shown']);
    expect(effects[0]).toMatchObject({ changes: { starts: 1, lastStartedAt: 5000, sessionId: 's' } });
    expect(effects[1]).toMatchObject({ fields: { flowId: 'tour', flowVersion: 1, props: { manual: false } } });
  });

  it('a resume goes back to the saved step without a second flow_started', () => {
    const { run, effects } = beginRun(tour, saved('tour', { stepIndex: 1 }), true, false, { ...context(tour), sessionId: 's' });
    expect(run).toEqual(at(1));
    expect(story(effects)).toEqual(['announce', 'emit:step_shown']);
  });

  it('a saved step beyond a shortened flow resumes at its last step', () => {
    const { run } = beginRun(tour, saved('tour', { stepIndex: 7 }), true, false, { ...context(tour), sessionId: 's' });
    expect(run?.stepIndex).toBe(1);
  });

  it('a multi-page tour started on a later step\'s page begins there (startStep)', () => {
    const multi = flow('tour', { steps: [modal('a', { url: { type: 'exact', value: '/' } }), modal('b', { url: { type: 'exact', value: '/widget' } })] });
    const { run, effects } = beginRun(multi, undefined, false, true, { ...context(multi, { page: page('/widget') }), sessionId: 's' });
    expect(run).toEqual(at(1));
    expect(effects[1]).toMatchObject({ fields: { props: { manual: true, startStep: 1 } } });
  });
});

describe('onSignal: placing a step', () => {
  it('a step for another page waits for it', () => {
    const tour = flow('tour', { steps: [modal('a', { url: { type: 'exact', value: '/billing' } })] });
    expect(onSignal(at(0, 'waiting_page'), { type: 'place' }, context(tour)).run).toEqual(at(0, 'waiting_page'));
  });

  it('a blocking flow waits its turn while another blocking flow is on screen; a bar does not', () => {
    const tour = flow('tour');
    expect(onSignal(at(0, 'waiting_page'), { type: 'place' }, context(tour, { blockingShownBesides: true })).run?.phase).toBe('waiting_page');
    const bar = flow('tour', { kind: 'announcement', steps: [{ id: 'b', type: 'bar', title: 'Bar' } as never] });
    expect(onSignal(at(0, 'waiting_page'), { type: 'place' }, context(bar, { blockingShownBesides: true })).run?.phase).toBe('shown');
  });

  it('a bar without a page of its own leaves when its flow\'s pages are left', () => {
    const bar = flow('tour', { kind: 'announcement', trigger: { pages: { include: [{ type: 'exact', value: '/' }] } }, steps: [{ id: 'b', type: 'bar', title: 'Bar' } as never] });
    expect(onSignal(at(0), { type: 'navigation' }, context(bar, { page: page('/team') })).run?.phase).toBe('waiting_page');
    expect(onSignal(at(0, 'waiting_page'), { type: 'navigation' }, context(bar, { page: page('/') })).run?.phase).toBe('shown');
  });

  it('an anchored step waits for its anchor with the default timeout, or its own, or for ever with policy "wait"', () => {
    const wait = (step: ReturnType<typeof tooltip>) => onSignal(at(0, 'waiting_page'), { type: 'place' }, context(flow('tour', { steps: [step] }))).effects.find((e) => e.type === 'wait_anchor');
    expect(wait(tooltip('t'))).toMatchObject({ timeoutMs: DEFAULT_ANCHOR_TIMEOUT_MS });
    expect(wait(tooltip('t', { onMissing: { policy: 'skip', timeoutMs: 400 } }))).toMatchObject({ timeoutMs: 400 });
    expect(wait(tooltip('t', { onMissing: { policy: 'wait' } }))).toMatchObject({ timeoutMs: 2_147_483_647 });
  });

  it('the anchor found shows the step; with anchor_click advance it also watches the click', () => {
    const tour = flow('tour', { steps: [tooltip('t', { advanceOn: { type: 'anchor_click' } }), modal('m')] });
    const { run, effects } = onSignal(at(0, 'waiting_anchor'), { type: 'anchor_found', element: true }, context(tour));
    expect(run).toEqual(at(0));
    expect(story(effects)).toEqual(['watch_anchor_click', 'announce', 'emit:step_shown']);
    expect(effects.find((e) => e.type === 'emit')).toMatchObject({ fields: { stepId: 't', props: { index: 0, total: 2 } } });
  });

  it('a late anchor_found for a step no longer waiting changes nothing', () => {
    expect(onSignal(at(0, 'waiting_page'), { type: 'anchor_found', element: true }, context(flow('tour'))).effects).toEqual([]);
  });
});

describe('onSignal: a missing anchor', () => {
  it('policy "skip" reports it and goes to the next step', () => {
    const tour = flow('tour', { steps: [tooltip('gone', { onMissing: { policy: 'skip', timeoutMs: 400 } }), modal('next')] });
    const { run, effects } = onSignal(at(0, 'waiting_anchor'), { type: 'anchor_missing' }, context(tour));
    expect(run).toEqual(at(1));
    expect(effects[0]).toEqual({ type: 'emit', event: 'anchor_missing', fields: { flowId: 'tour', flowVersion: 1, stepId: 'gone', props: { policy: 'skip', timeoutMs: 400 } } });
    expect(story(effects)).toEqual(['emit:anchor_missing', 'save:stepIndex,stepId', 'announce', 'emit:step_shown']);
  });

  it('policy "end" (the default) dismisses the flow with reason anchor_missing', () => {
    const tour = flow('tour', { steps: [tooltip('gone')] });
    const { run, effects } = onSignal(at(0, 'waiting_anchor'), { type: 'anchor_missing' }, context(tour));
    expect(run).toBeNull();
    expect(story(effects)).toEqual(['emit:anchor_missing', 'ended', 'save:status,dismissedAt', 'emit:flow_dismissed', 'announce', 'blocking_ended']);
    expect(effects.find((e) => e.type === 'emit' && e.event === 'flow_dismissed')).toMatchObject({ fields: { stepId: 'gone', props: { reason: 'anchor_missing' } } });
  });
});

describe('onSignal: buttons and advance rules', () => {
  const tour = flow('tour', { steps: [modal('one'), modal('two'), modal('three')] });

  it('next completes the step and shows the next one, saving where the user is', () => {
    const { run, effects } = onSignal(at(0), { type: 'action', action: { type: 'next' } }, context(tour));
    expect(run).toEqual(at(1));
    expect(story(effects)).toEqual(['emit:step_completed', 'save:stepIndex,stepId', 'announce', 'emit:step_shown']);
  });

  it('next on the last step completes the flow, and ends its blocking turn', () => {
    const { run, effects } = onSignal(at(2), { type: 'action', action: { type: 'next' } }, context(tour));
    expect(run).toBeNull();
    expect(story(effects)).toEqual(['emit:step_completed', 'ended', 'save:status,completedAt', 'emit:flow_completed', 'announce', 'blocking_ended']);
    expect(effects.find((e) => e.type === 'save')).toEqual({ type: 'save', flowId: 'tour', changes: { status: 'completed', completedAt: 5000 } });
  });

  it('back goes to the previous step; on the first step it does nothing', () => {
    expect(onSignal(at(1), { type: 'action', action: { type: 'back' } }, context(tour)).run).toEqual(at(0));
    expect(onSignal(at(0), { type: 'action', action: { type: 'back' } }, context(tour))).toEqual({ run: at(0), effects: [] });
  });

  it('goto_step jumps to a step by id; an unknown id does nothing', () => {
    expect(onSignal(at(0), { type: 'action', action: { type: 'goto_step', stepId: 'three' } }, context(tour)).run).toEqual(at(2));
    expect(onSignal(at(0), { type: 'action', action: { type: 'goto_step', stepId: 'nope' } }, context(tour)).effects).toEqual([]);
  });

  it('complete ends the flow at once as completed', () => {
    const { run, effects } = onSignal(at(0), { type: 'action', action: { type: 'complete' } }, context(tour));
    expect(run).toBeNull();
    expect(story(effects)).toContain('emit:flow_completed');
    expect(effects[0]).toMatchObject({ event: 'step_completed', fields: { stepId: 'one' } });
  });

  it('dismiss (a button, the close button or Escape) ends it as dismissed by the user', () => {
    for (const signal of [{ type: 'dismiss' } as const, { type: 'action', action: { type: 'dismiss' } } as const]) {
      const { run, effects } = onSignal(at(1), signal, context(tour));
      expect(run).toBeNull();
      expect(effects.find((e) => e.type === 'emit')).toMatchObject({ event: 'flow_dismissed', fields: { stepId: 'two', props: { reason: 'user' } } });
    }
  });

  it('a URL button navigates; with complete it completes the flow first', () => {
    const plain = onSignal(at(0), { type: 'action', action: { type: 'url', url: '/integrations' } }, context(tour));
    expect(plain).toEqual({ run: at(0), effects: [{ type: 'navigate', url: '/integrations', newTab: false }] });
    const completing = onSignal(at(0), { type: 'action', action: { type: 'url', url: '/x', newTab: true, complete: true } }, context(tour));
    expect(completing.run).toBeNull();
    expect(story(completing.effects)).toEqual(['ended', 'save:status,completedAt', 'emit:flow_completed', 'announce', 'blocking_ended', 'navigate']);
  });

  it('start_flow completes this flow and starts the other; track tracks an event', () => {
    const started = onSignal(at(0), { type: 'action', action: { type: 'start_flow', flowId: 'next-tour' } }, context(tour));
    expect(started.run).toBeNull();
    expect(started.effects.at(-1)).toEqual({ type: 'start_flow', flowId: 'next-tour' });
    expect(onSignal(at(0), { type: 'action', action: { type: 'track', event: 'clicked_cta' } }, context(tour))).toEqual({ run: at(0), effects: [{ type: 'track', name: 'clicked_cta' }] });
  });

  it('a click on the anchor completes an anchor_click step, not others', () => {
    const clicky = flow('tour', { steps: [tooltip('t', { advanceOn: { type: 'anchor_click' } }), modal('m')] });
    expect(onSignal(at(0), { type: 'anchor_click' }, context(clicky)).run).toEqual(at(1));
    expect(onSignal(at(0), { type: 'anchor_click' }, context(tour)).effects).toEqual([]);
  });

  it('a tracked event completes a step that advances on it, only while shown', () => {
    const onEvent = flow('tour', { steps: [modal('a', { advanceOn: { type: 'event', name: 'widget_saved' } }), modal('b')] });
    expect(onSignal(at(0), { type: 'event', name: 'widget_saved' }, context(onEvent)).run).toEqual(at(1));
    expect(onSignal(at(0), { type: 'event', name: 'other' }, context(onEvent)).effects).toEqual([]);
    expect(onSignal(at(0, 'waiting_page'), { type: 'event', name: 'widget_saved' }, context(onEvent)).effects).toEqual([]);
  });
});

describe('onSignal: navigation', () => {
  it('reaching the URL a step advances on completes it, however the user got there', () => {
    const tour = flow('tour', { steps: [modal('go', { advanceOn: { type: 'url', rule: { type: 'exact', value: '/widget' } } }), modal('there')] });
    expect(onSignal(at(0), { type: 'navigation' }, context(tour, { page: page('/widget') })).run).toEqual(at(1));
    expect(onSignal(at(0), { type: 'navigation' }, context(tour, { page: page('/team') })).effects).toEqual([]);
  });

  it('a step waiting for its page shows when the page comes', () => {
    const tour = flow('tour', { steps: [modal('a', { url: { type: 'exact', value: '/widget' } })] });
    expect(onSignal(at(0, 'waiting_page'), { type: 'navigation' }, context(tour, { page: page('/widget') })).run).toEqual(at(0));
  });

  it('a shown step whose anchor left the page looks for it again', () => {
    const tour = flow('tour', { steps: [tooltip('t')] });
    expect(onSignal(at(0), { type: 'navigation' }, context(tour, { anchorLost: true })).run).toEqual(at(0, 'waiting_anchor'));
    expect(onSignal(at(0), { type: 'navigation' }, context(tour)).effects).toEqual([]);
  });
});

describe('onSignal: checklists', () => {
  it('a checklist whose items completed it ends without a second completion', () => {
    const checklist = flow('list', { kind: 'checklist', steps: [], checklist: { title: 'Get started', items: [] } } as never);
    const { run, effects } = onSignal({ flowId: 'list', stepIndex: 0, phase: 'shown' }, { type: 'dismiss' }, context(checklist, { savedStatus: 'completed' }));
    expect(run).toBeNull();
    expect(effects).toEqual([{ type: 'ended', flowId: 'list' }, { type: 'render' }]);
  });
});
