import { describe, expect, it } from 'vitest';
import { anchorMissingRates } from '../../../shared/analytics/anchorMissingRates.ts';
import { checklistCompletion } from '../../../shared/analytics/checklistCompletion.ts';
import { surveyResults } from '../../../shared/analytics/surveyResults.ts';
import { EventLog, MINUTE, T0 } from './eventLog.ts';

describe('checklistCompletion', () => {
  it('per item completion among users who had the checklist, in document order', () => {
    const log = new EventLog();
    const items = ['install-widget', 'customise', 'invite'];
    for (let i = 0; i < 4; i++) log.add('flow_started', `u${i}`, T0, { flowId: 'setup', flowVersion: 1, props: {} });
    const done: Record<string, string[]> = { u0: items, u1: ['install-widget', 'customise'], u2: ['customise'], u3: [] };
    for (const [user, list] of Object.entries(done)) {
      list.forEach((item, k) => log.add('checklist_item_completed', user, T0 + (k + 1) * MINUTE, { flowId: 'setup', flowVersion: 1, props: { item, milestone: item } }));
    }
    log.add('flow_completed', 'u0', T0 + 5 * MINUTE, { flowId: 'setup', flowVersion: 1, props: {} });
    const result = checklistCompletion(log.events, 'setup', { items: [...items, 'unused-item'] });
    expect(result.users).toBe(4);
    expect(result.completedAll).toBe(1);
    expect(result.items).toEqual([
      { item: 'install-widget', completed: 2, rate: 0.5 },
      { item: 'customise', completed: 3, rate: 0.75 },
      { item: 'invite', completed: 1, rate: 0.25 },
      { item: 'unused-item', completed: 0, rate: 0 },
    ]);
  });
});

describe('surveyResults', () => {
  const answer = (log: EventLog, user: string, props: Record<string, unknown>, flowId = 'nps-q1') =>
    log.add('survey_answered', user, T0, { flowId, flowVersion: 1, stepId: 'ask', props });

  it('NPS = % promoters − % detractors with the 0–10 distribution', () => {
    const log = new EventLog();
    [10, 10, 9, 8, 7, 6, 0, 3, 9, 10].forEach((score, i) => answer(log, `u${i}`, { kind: 'nps', score }));
    answer(log, 'u1', { kind: 'nps', score: 2, comment: 'Setup was confusing' });
    const { nps, comments } = surveyResults(log.events);
    // 11 answers: promoters 5 (9, 9, 10, 10, 10), passives 2 (7, 8), detractors 4 (0, 2, 3, 6) → (5 − 4)/11 = 9.09
    expect(nps).toMatchObject({ responses: 11, promoters: 5, passives: 2, detractors: 4 });
    expect(nps!.score).toBeCloseTo(100 / 11, 10);
    expect(nps!.distribution).toEqual([1, 0, 1, 1, 0, 0, 1, 1, 1, 2, 3]);
    expect(comments).toEqual([{ user: 'u1', kind: 'nps', score: 2, comment: 'Setup was confusing', ts: T0 }]);
  });

  it('CSAT and CES means, CSAT satisfied share, invalid answers ignored, and per-flow selection', () => {
    const log = new EventLog();
    [5, 4, 3, 5].forEach((score, i) => answer(log, `c${i}`, { kind: 'csat', score }, 'csat-flow'));
    [2, 3, 7].forEach((score, i) => answer(log, `e${i}`, { kind: 'ces', score }, 'ces-flow'));
    answer(log, 'x1', { kind: 'nps', score: 11 });
    answer(log, 'x2', { kind: 'stars', score: 4 });
    answer(log, 'x3', { kind: 'csat', score: '5' }, 'csat-flow');
    answer(log, 'x4', { kind: 'ces', score: 0 }, 'ces-flow');
    // Keys every object inherits are not survey kinds (this used to throw).
    answer(log, 'x5', { kind: 'toString', score: 3 });
    const all = surveyResults(log.events);
    expect(all.csat).toEqual({ responses: 4, mean: 4.25, satisfied: 0.75, distribution: [0, 0, 1, 1, 2] });
    expect(all.ces).toEqual({ responses: 3, mean: 4, distribution: [0, 1, 1, 0, 0, 0, 1] });
    expect(all.nps).toBeNull();
    expect(all.invalid).toBe(5);
    const csatOnly = surveyResults(log.events, { flowId: 'csat-flow' });
    expect([csatOnly.csat?.responses, csatOnly.ces]).toEqual([4, null]);
  });
});

describe('anchorMissingRates', () => {
  it('per step, the share of users whose anchor could not be found', () => {
    const log = new EventLog();
    for (let i = 0; i < 10; i++) {
      const base = { flowId: 'tour', flowVersion: 1 };
      log.add('step_shown', `u${i}`, T0, { ...base, stepId: 'welcome', props: { index: 0, total: 2 } });
      if (i < 3) {
        log.add('anchor_missing', `u${i}`, T0 + 1, { ...base, stepId: 'widget-colour', props: { policy: 'end', timeoutMs: 5000 } });
        if (i === 0) log.add('anchor_missing', `u${i}`, T0 + 2, { ...base, stepId: 'widget-colour', props: { policy: 'end', timeoutMs: 5000 } });
      } else {
        log.add('step_shown', `u${i}`, T0 + 1, { ...base, stepId: 'widget-colour', props: { index: 1, total: 2 } });
      }
    }
    expect(anchorMissingRates(log.events, 'tour')).toEqual([
      { stepId: 'welcome', users: 10, missing: 0, rate: 0 },
      { stepId: 'widget-colour', users: 10, missing: 3, rate: 0.3 },
    ]);
  });
});
