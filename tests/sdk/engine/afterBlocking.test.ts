import { describe, expect, it } from 'vitest';
import { afterBlocking, blockingShownBesides } from '../../../sdk/engine/rules/afterBlocking.ts';
import type { Phase } from '../../../sdk/engine/rules/effects.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { flow, modal, page } from './fixtures.ts';

const run = (f: Flow, phase: Phase, stepIndex = 0) => ({ flow: f, run: { flowId: f.id, stepIndex, phase } });

describe('afterBlocking: whose turn it is when a blocking experience ends', () => {
  it('the highest-priority blocking flow waiting on this page resumes', () => {
    const low = flow('low', { priority: 1 });
    const high = flow('high', { priority: 5 });
    expect(afterBlocking([run(low, 'waiting_page'), run(high, 'waiting_page')], page('/'), 0)).toEqual({ type: 'resume', flowId: 'high' });
  });

  it('a flow waiting for another page keeps waiting; the queue goes next, then evaluation', () => {
    const elsewhere = flow('elsewhere', { steps: [modal('a', { url: { type: 'exact', value: '/billing' } })] });
    expect(afterBlocking([run(elsewhere, 'waiting_page')], page('/team'), 1)).toEqual({ type: 'start_queued' });
    expect(afterBlocking([run(elsewhere, 'waiting_page')], page('/team'), 0)).toEqual({ type: 'evaluate' });
  });

  it('a waiting bar is not a blocking experience', () => {
    expect(afterBlocking([run(flow('bar', { kind: 'announcement' }), 'waiting_page')], page('/'), 0)).toEqual({ type: 'evaluate' });
  });
});

describe('blockingShownBesides', () => {
  it('counts blocking flows on screen or waiting for their anchor, not those waiting for a page, nor the flow itself', () => {
    const tour = flow('tour');
    expect(blockingShownBesides([run(tour, 'shown')], 'other')).toBe(true);
    expect(blockingShownBesides([run(tour, 'waiting_anchor')], 'other')).toBe(true);
    expect(blockingShownBesides([run(tour, 'waiting_page')], 'other')).toBe(false);
    expect(blockingShownBesides([run(tour, 'shown')], 'tour')).toBe(false);
    expect(blockingShownBesides([run(flow('bar', { kind: 'announcement' }), 'shown')], 'other')).toBe(false);
  });
});
