import { describe, expect, it } from 'vitest';
import { admitStart, type StartRequest } from '../../../sdk/engine/rules/admitStart.ts';
import { flow, saved } from './fixtures.ts';

const request = (extra: Partial<StartRequest> = {}): StartRequest => ({
  flow: flow('tour'), saved: undefined, force: false, manual: false, sessionId: 'now', now: 100_000,
  blockingShownBesides: false, lastBlockingEndedAt: 0, blockingGapMs: 0, ...extra,
});

describe('admitStart: whether a flow asked to start starts now', () => {
  it('a fresh flow starts; an active one of the same version resumes', () => {
    expect(admitStart(request())).toEqual({ kind: 'start', resume: false });
    expect(admitStart(request({ saved: saved('tour') }))).toEqual({ kind: 'start', resume: true });
  });

  it('frequency refuses a second start, unless forced (which starts over instead of resuming)', () => {
    const done = saved('tour', { status: 'completed' });
    expect(admitStart(request({ saved: done }))).toEqual({ kind: 'refuse', reason: 'frequency' });
    expect(admitStart(request({ saved: done, force: true }))).toEqual({ kind: 'start', resume: false });
    expect(admitStart(request({ saved: saved('tour'), force: true }))).toEqual({ kind: 'start', resume: false });
  });

  it('one blocking experience at a time: a triggered one is refused, one asked for by start() is queued', () => {
    expect(admitStart(request({ blockingShownBesides: true }))).toEqual({ kind: 'refuse', reason: 'blocked' });
    expect(admitStart(request({ blockingShownBesides: true, manual: true }))).toEqual({ kind: 'queue' });
  });

  it('bars, hotspots and checklists are not held back by a blocking flow', () => {
    for (const kind of ['announcement', 'hotspot', 'checklist'] as const) {
      expect(admitStart(request({ flow: flow('x', { kind }), blockingShownBesides: true }))).toEqual({ kind: 'start', resume: false });
    }
  });

  it('the gap after a blocking experience holds a triggered one back for the time left', () => {
    const gap = { lastBlockingEndedAt: 99_000, blockingGapMs: 4000 };
    expect(admitStart(request(gap))).toEqual({ kind: 'wait_gap', ms: 3000 });
    expect(admitStart(request({ ...gap, now: 103_000 }))).toEqual({ kind: 'start', resume: false });
  });

  it('the gap does not hold back start(), a resume, or a non-blocking flow', () => {
    const gap = { lastBlockingEndedAt: 99_000, blockingGapMs: 4000 };
    expect(admitStart(request({ ...gap, manual: true }))).toEqual({ kind: 'start', resume: false });
    expect(admitStart(request({ ...gap, saved: saved('tour') }))).toEqual({ kind: 'start', resume: true });
    expect(admitStart(request({ ...gap, flow: flow('bar', { kind: 'announcement' }) }))).toEqual({ kind: 'start', resume: false });
  });
});
