import { beforeAll, expect, it } from 'vitest';
import type { AnalyticsEvent } from '../../shared/analytics/AnalyticsEvent.ts';
import type { AnalyticsFilter } from '../../shared/analytics/AnalyticsFilter.ts';
import { anchorMissingRates, checklistCompletion, experimentArms, flowFunnel, goalConversion, journeyMap, surveyResults, timeToMilestone } from '../../shared/analytics/index.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { anchorMissingSql } from '../../server/store/analytics/anchorMissingSql.ts';
import { checklistCompletionSql } from '../../server/store/analytics/checklistCompletionSql.ts';
import { experimentArmsSql } from '../../server/store/analytics/experimentArmsSql.ts';
import { flowFunnelSql } from '../../server/store/analytics/flowFunnelSql.ts';
import { flowTotalsSql } from '../../server/store/analytics/flowTotalsSql.ts';
import { holdoutArms } from '../../shared/analytics/holdoutArms.ts';
import { holdoutArmsSql } from '../../server/store/analytics/holdoutArmsSql.ts';
import { goalConversionSql } from '../../server/store/analytics/goalConversionSql.ts';
import { journeyMapSql } from '../../server/store/analytics/journeyMapSql.ts';
import { surveyResultsSql } from '../../server/store/analytics/surveyResultsSql.ts';
import { resourceCenterUsage } from '../../shared/analytics/resourceCenterUsage.ts';
import { resourceCenterUsageSql } from '../../server/store/analytics/resourceCenterUsageSql.ts';
import { timeToMilestoneSql } from '../../server/store/analytics/timeToMilestoneSql.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { JOURNEY_MILESTONES, SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { DAY, EventLog, MINUTE, T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase, json } from './support/testServer.ts';
import { flowCountsAndRecount, flowFirstsAndRecount } from './support/flowCounts.ts';
import { flowCountsAnswer } from '../../server/store/analytics/flowCounts.ts';
import { flowTouchRows } from '../../server/store/analytics/scopedFlowFacts.ts';
import type { Queryable } from '../../server/db/Db.ts';
import { request } from '../../scripts/simulation/runSimulation.ts';
import { experimentDaily } from '../../shared/analytics/experimentDaily.ts';
import { flowDaily } from '../../shared/analytics/flowDaily.ts';
import { journeyDaily } from '../../shared/analytics/journeyDaily.ts';
import { experimentDailySql } from '../../server/store/analytics/experimentDailySql.ts';
import { flowDailySql } from '../../server/store/analytics/flowDailySql.ts';
import { journeyDailySql } from '../../server/store/analytics/journeyDailySql.ts';
import { experimentBreakdown } from '../../shared/analytics/experimentBreakdown.ts';
import { flowBreakdown } from '../../shared/analytics/flowBreakdown.ts';
import { guardrailArms } from '../../shared/analytics/guardrailArms.ts';
import { preExposureSums } from '../../shared/analytics/preExposureSums.ts';
import type { Breakdown } from '../../shared/analytics/segmentOf.ts';
import type { Guardrail } from '../../shared/stats/evaluateGuardrail.ts';
import { experimentBreakdownSql } from '../../server/store/analytics/experimentBreakdownSql.ts';
import { flowBreakdownSql } from '../../server/store/analytics/flowBreakdownSql.ts';
import { guardrailArmsSql } from '../../server/store/analytics/guardrailArmsSql.ts';
import { preExposureSumsSql } from '../../server/store/analytics/preExposureSumsSql.ts';
import { experiment } from '../support/fixtures/experiment.ts';
import { milestone } from '../support/fixtures/milestone.ts';

const MILESTONES = [milestone('signed-up', 'acquisition'), milestone('goal', 'activation'), milestone('42', 'activation'), milestone('invited', 'adoption'), milestone('upgraded', 'expansion')];
const EXPERIMENT = experiment({ key: 'exp', seed: 'exp', arm: 'treat', flowId: 'tour', goal: 'goal', attributionDays: 3 });
const TOUR_V1 = ['a', 'b', 'c'];
/** Device and trait props as the SDK writes them on entry events, with the shapes segmentOf must refuse (numbers, objects, missing). */
const entryPropsFor = (i: number): Record<string, unknown> => {
  const device = [undefined, 'phone', 'desktop', 'tablet', 7][i % 5];
  const plan = [undefined, 'free', 'pro', 42, true, { nested: 1 }, 'pro'][i % 7];
  return { ...(device !== undefined ? { device } : {}), ...(i % 11 === 0 ? { traits: 'not an object' } : plan !== undefined ? { traits: { plan } } : {}) };
};
const GUARDED = experiment({ key: 'exp', seed: 'exp', arm: 'treat', flowId: 'tour', goal: 'goal', attributionDays: 3, guardrails: [{ metric: 'dismissal_rate' }, { metric: 'time_to_goal' }, { metric: 'milestone', milestone: 'invited' }] });
const BREAKDOWNS: Breakdown[] = [{ by: 'device' }, { by: 'trait', trait: 'plan' }, { by: 'version' }];

/** Guardrails equal, the time to goal's float sums to 9 digits (SQL and JS add in another order). */
function expectGuardrailsAgree(sql: Guardrail[], pure: Guardrail[], label: string) {
  expect(sql.map((g) => ({ ...g, arms: g.kind === 'mean' ? null : g.arms })), label).toEqual(pure.map((g) => ({ ...g, arms: g.kind === 'mean' ? null : g.arms })));
  sql.forEach((g, i) => {
    if (g.kind !== 'mean') return;
    for (const [key, arm] of Object.entries(g.arms)) {
      const other = (pure[i]!.arms as Record<string, { n: number; sum: number; sumSquares: number }>)[key]!;
      expect(arm.n, label).toBe(other.n);
      expect(Math.abs(arm.sum - other.sum), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(other.sum)));
      expect(Math.abs(arm.sumSquares - other.sumSquares), label).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(other.sumSquares)));
    }
  });
}
const TOUR_V2 = ['a', 'b', 'extra', 'c'];

/**
 * Events chosen to hit every rule the pure functions have: people who browse anonymously and
 * identify later, a shared device, ties in time, two flow versions, steps without an index,
 * unknown steps and items, invalid survey answers, numeric milestone props, re-exposures,
 * retired variants, goals before exposure and after the window.
 */
function edgeCaseEvents(): EventEnvelope[] {
  const random = mulberry32(2026);
  const chance = (p: number) => random() < p;
  const log = new EventLog();
  for (let i = 0; i < 240; i++) {
    const user = `u${i}`;
    const anonymous = i % 3 === 0;
    let t = T0 + Math.floor(random() * 10) * DAY + (i % 7) * MINUTE;
    if (anonymous) log.add('page_view', user, t - MINUTE, { anonymous: true, props: { path: '/pricing' } });
    log.milestone(user, t, 'signed-up', 'acquisition');
    const variant = chance(0.05) ? 'retired' : chance(0.5) ? 'control' : 'treat';
    if (chance(0.9)) log.add('experiment_exposure', user, t, { experimentId: 'exp', variant, props: entryPropsFor(i), anonymous: anonymous && chance(0.5) });
    if (chance(0.1)) log.add('experiment_exposure', user, t + DAY, { experimentId: 'exp', variant: variant === 'control' ? 'treat' : 'control', props: {} });
    if (chance(0.03)) log.add('experiment_exposure', user, t, { experimentId: 'exp', props: {} });
    const version = chance(0.4) ? 2 : 1;
    const steps = version === 2 ? TOUR_V2 : TOUR_V1;
    if (variant === 'treat' || chance(0.3)) {
      const shown = 1 + Math.floor(random() * steps.length);
      const end = chance(0.4) ? 'completed' : chance(0.6) ? 'dismissed' : 'none';
      log.tour(user, t + 1000, 'tour', steps, shown, end === 'completed' && shown < steps.length ? 'dismissed' : end, version);
      if (chance(0.1)) log.add('step_shown', user, t + 1000, { flowId: 'tour', flowVersion: version, stepId: 'ghost', props: {} });
      if (chance(0.15)) log.add('anchor_missing', user, t + 2000, { flowId: 'tour', flowVersion: version, stepId: chance(0.5) ? 'b' : 'c', props: { policy: 'skip' } });
      if (chance(0.05)) log.add('flow_dismissed', user, t + 9000, { flowId: 'tour', flowVersion: version, stepId: 'never-shown', props: {} });
    }
    if (chance(0.5)) {
      log.add('flow_started', user, t + 5 * MINUTE, { flowId: 'list', flowVersion: i % 4 === 0 ? 2 : 1, props: entryPropsFor(i + 1) });
      let all = true;
      for (const item of ['one', 'two', 'three', 'bonus']) {
        if (chance(0.6)) log.add('checklist_item_completed', user, t + Math.floor(random() * 3 * DAY), { flowId: 'list', flowVersion: 1, props: { item } });
        else if (item !== 'bonus') all = false;
      }
      if (chance(0.05)) log.add('checklist_item_completed', user, t + DAY, { flowId: 'list', flowVersion: 1, props: { item: 7 } });
      if (all) log.add('flow_completed', user, t + 4 * DAY, { flowId: 'list', flowVersion: 1, props: {} });
    }
    if (chance(0.5)) {
      // Goal: sometimes before exposure, sometimes after the 3-day window, sometimes tied in time with other events.
      const at = chance(0.1) ? t - MINUTE : chance(0.5) ? t + Math.floor(random() * 5) * DAY : t + 1000;
      log.milestone(user, at, 'goal');
      if (chance(0.2)) log.milestone(user, at + DAY, 'goal');
    }
    if (chance(0.12)) log.add('experiment_exposure', user, t + (chance(0.5) ? 0 : -DAY), { experimentId: 'global-holdout', variant: 'holdout', props: {}, anonymous: anonymous && chance(0.5) });
    if (chance(0.1)) log.add('milestone_reached', user, t + 2 * DAY, { props: { milestone: 42 } });
    if (chance(0.1)) log.add('milestone_reached', user, t + 2 * DAY, { props: { milestone: '42' } });
    if (chance(0.4)) log.milestone(user, t + Math.floor(random() * 6) * DAY + 5, 'invited', 'adoption');
    if (chance(0.2)) log.milestone(user, t + 8 * DAY, 'upgraded', 'expansion');
    if (chance(0.5)) {
      const answers: Array<Record<string, unknown>> = [
        { kind: 'nps', score: Math.floor(random() * 11), ...(chance(0.3) ? { comment: chance(0.2) ? '   ' : `nps says ${i}` } : {}) },
        { kind: 'csat', score: 1 + Math.floor(random() * 5), ...(chance(0.2) ? { comment: `csat ${i}` } : {}) },
        { kind: 'ces', score: 1 + Math.floor(random() * 7) },
        { kind: 'nps', score: 11 },
        { kind: 'csat', score: 4.5 },
        { kind: 'nps', score: '9' },
        { kind: 'bogus', score: 3 },
        { kind: 5, score: 3 },
        { kind: 'ces', score: 3, comment: 17 },
      ];
      const answer = answers[Math.floor(random() * answers.length)]!;
      log.add('survey_answered', user, t + 3 * DAY, { flowId: chance(0.5) ? 'survey-a' : 'survey-b', flowVersion: 1, stepId: chance(0.7) ? 'q1' : 'q2', props: answer });
    }
  }
  // The resource center: opens, settled searches (some with no result, odd props, accents and
  // look-alike queries whose order depends on code points), clicks, replays, contacts.
  const rc = mulberry32(19);
  const queries = ['billing', 'kubernetes', 'résumé', 'resume', 'Zebra', 'zebra', '日本', '😀 emoji'];
  for (let i = 0; i < 90; i++) {
    const user = `u${i % 60}`;
    const t = T0 + Math.floor(rc() * 10) * DAY + i * MINUTE;
    const base = { flowId: 'help', flowVersion: 1 };
    log.add('resource_center_opened', user, t, { ...base, props: { via: rc() < 0.7 ? 'launcher' : 'api' }, anonymous: i % 9 === 0 });
    const query = queries[Math.floor(rc() * queries.length)]!;
    const results = rc() < 0.5 ? 0 : Math.floor(rc() * 4);
    log.add('resource_center_searched', user, t + 1000, { ...base, props: i % 17 === 0 ? { query: 7, results: 0 } : i % 19 === 0 ? { query, results: '0' } : { query, results } });
    if (rc() < 0.6) log.add('resource_center_item_clicked', user, t + 2000, { ...base, props: { section: rc() < 0.5 ? 'help' : 'tours', item: ['install', 'brand', 'tour'][Math.floor(rc() * 3)]!, kind: rc() < 0.5 ? 'help' : 'tour', via: 'list' } });
    if (i % 13 === 0) log.add('resource_center_item_clicked', user, t + 2500, { ...base, props: { item: 'no-section' } });
    if (rc() < 0.3) log.add('resource_center_tour_replayed', user, t + 3000, { ...base, props: { tour: rc() < 0.5 ? 'tour' : 'widget-tour', item: 'replay' } });
    if (rc() < 0.1) log.add('resource_center_contact', user, t + 4000, { ...base, props: { section: 'contact' } });
  }
  // Two people on one device: its anonymous events belong to whoever identified on it first.
  log.add('page_view', 'shared', T0 + 2 * DAY, { anonymous: true, anonymousId: 'shared-device', props: {} });
  log.add('experiment_exposure', 'shared', T0 + 2 * DAY + 1, { anonymous: true, anonymousId: 'shared-device', experimentId: 'exp', variant: 'treat', props: {} });
  log.milestone('p1', T0 + 3 * DAY, 'signed-up', 'acquisition');
  log.events.at(-1)!.anonymousId = 'shared-device';
  log.milestone('p2', T0 + 4 * DAY, 'goal');
  log.events.at(-1)!.anonymousId = 'shared-device';
  // A person seen only anonymously.
  log.add('flow_started', 'ghost', T0 + DAY, { anonymous: true, flowId: 'tour', flowVersion: 1, props: {} });
  // Ties: the same time for different events of one person.
  for (const type of ['flow_started', 'step_shown', 'flow_completed']) log.add(type, 'tied', T0 + 5 * DAY, { flowId: 'tour', flowVersion: 1, stepId: 'a', props: { index: 0 } });
  log.milestone('tied', T0 + 5 * DAY, 'goal');
  return log.events;
}

const sumOf = (days: ReadonlyArray<{ arms: ReadonlyArray<{ key: string; exposed: number; converted: number }> }>, key: string, field: 'exposed' | 'converted') =>
  days.reduce((n, d) => n + d.arms.find((a) => a.key === key)![field], 0);

const FILTERS: Array<[string, AnalyticsFilter]> = [
  ['no filter', {}],
  ['date range', { from: T0 + 2 * DAY, to: T0 + 7 * DAY }],
  ['flow version 1', { flowVersion: 1 }],
  ['flow version 2', { flowVersion: 2 }],
  ['variant', { variant: { experimentId: 'exp', variant: 'control' } }],
  ['variant, version and dates', { variant: { experimentId: 'exp', variant: 'treat' }, flowVersion: 2, from: T0 + DAY }],
  ['production', { env: 'production' }],
  ['staging', { env: 'staging' }],
  ['staging, variant and dates', { env: 'staging', variant: { experimentId: 'exp', variant: 'control' }, from: T0 + DAY }],
];

/** About a fifth of the events are sent to staging, by id, so one person's events are split across both environments. */
const withEnv = (event: EventEnvelope): AnalyticsEvent => ({ ...event, env: parseInt(event.id.slice(-2), 16) % 5 === 0 ? 'staging' : 'production' });


/**
 * Every report the server answers, from SQL and from the pure functions over what was delivered
 * (duplicates included), under the given filters.
 */
async function expectReportsAgree(db: Queryable, projectId: string, delivered: readonly AnalyticsEvent[], filters: ReadonlyArray<[string, AnalyticsFilter]>): Promise<void> {
  for (const [name, filter] of filters) {
    const label = `${name}: `;
    expect(await flowFunnelSql(db, projectId, 'tour', { steps: TOUR_V1, filter }), `${label}funnel`).toEqual(flowFunnel(delivered, 'tour', { steps: TOUR_V1, filter }));
    expect(await checklistCompletionSql(db, projectId, 'list', { filter }), `${label}checklist`).toEqual(checklistCompletion(delivered, 'list', { filter }));
    expect(await anchorMissingSql(db, projectId, 'tour', { steps: TOUR_V2, filter }), `${label}anchors`).toEqual(anchorMissingRates(delivered, 'tour', { steps: TOUR_V2, filter }));
    expect(await anchorMissingSql(db, projectId, 'tour', { filter }), `${label}anchors, steps as seen`).toEqual(anchorMissingRates(delivered, 'tour', { filter }));
    expect(await checklistCompletionSql(db, projectId, 'list', { items: ['two'], filter }), `${label}checklist, one item known`).toEqual(checklistCompletion(delivered, 'list', { items: ['two'], filter }));
    const totals = ['list', 'tour'].map((flowId) => (({ started, completed, dismissed }) => ({ flowId, started, completed, dismissed }))(flowFunnel(delivered, flowId, { filter })));
    expect(await flowTotalsSql(db, projectId, filter), `${label}totals`).toEqual(totals.filter((t) => t.started + t.completed + t.dismissed > 0));
    expect(await goalConversionSql(db, projectId, 'tour', 'goal', { filter }), `${label}goal`).toEqual(goalConversion(delivered, 'tour', 'goal', { filter }));
    expect(await timeToMilestoneSql(db, projectId, 'goal', { filter }), `${label}time`).toEqual(timeToMilestone(delivered, 'goal', { filter }));
    expect(await timeToMilestoneSql(db, projectId, 'invited', { since: 'signed-up', filter }), `${label}time since`).toEqual(timeToMilestone(delivered, 'invited', { since: 'signed-up', filter }));
    const { commentsTotal: _total, ...surveys } = await surveyResultsSql(db, projectId, { filter, commentLimit: 10_000 });
    expect(surveys, `${label}surveys`).toEqual(surveyResults(delivered, { filter }));
    expect(await journeyMapSql(db, projectId, MILESTONES, filter), `${label}journey`).toEqual(journeyMap(delivered, MILESTONES, filter));
    const { env, from, to } = filter;
    const scope = { ...(env ? { env } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    expect(await experimentArmsSql(db, projectId, EXPERIMENT, scope), `${label}experiment`).toEqual(experimentArms(delivered, EXPERIMENT, scope));
    expect(await holdoutArmsSql(db, projectId, { goal: 'goal', ...scope }), `${label}holdout`).toEqual(holdoutArms(delivered, { goal: 'goal', ...scope }));
    expect(await experimentDailySql(db, projectId, EXPERIMENT, scope), `${label}experiment daily`).toEqual(experimentDaily(delivered, EXPERIMENT, scope));
    expect(await flowDailySql(db, projectId, 'tour', filter), `${label}flow daily`).toEqual(flowDaily(delivered, 'tour', filter));
    expect(await journeyDailySql(db, projectId, MILESTONES, filter), `${label}journey daily`).toEqual(journeyDaily(delivered, MILESTONES, filter));
    for (const breakdown of BREAKDOWNS) {
      expect(await experimentBreakdownSql(db, projectId, EXPERIMENT, breakdown, scope), `${label}experiment by ${breakdown.by}`).toEqual(experimentBreakdown(delivered, EXPERIMENT, breakdown, scope));
      expect(await flowBreakdownSql(db, projectId, 'tour', breakdown, filter), `${label}flow by ${breakdown.by}`).toEqual(flowBreakdown(delivered, 'tour', breakdown, filter));
    }
    expectGuardrailsAgree(await guardrailArmsSql(db, projectId, GUARDED, scope), guardrailArms(delivered, GUARDED, scope), `${label}guardrails`);
    expect(await preExposureSumsSql(db, projectId, EXPERIMENT, scope), `${label}CUPED sums`).toEqual(preExposureSums(delivered, EXPERIMENT, scope));
  }
}

/**
 * Two histories of one person that an identify merges: a device used anonymously (exposed to
 * control, tour started, goal reached) and the person's identified sessions elsewhere (exposed
 * to treat later), then the identify on the first device, then a late event from before all of
 * them that links the device to someone else first, so its anonymous history moves again.
 */
function mergingHistories(): { stages: Array<{ name: string; batches: AnalyticsEvent[][] }> } {
  const log = new EventLog();
  const device = { anonymous: true, anonymousId: 'device-a' };
  const anonymous = [
    log.add('page_view', 'x', T0 + DAY, { ...device, props: {} }),
    log.add('experiment_exposure', 'x', T0 + DAY + 1, { ...device, experimentId: 'exp', variant: 'control', props: {} }),
    log.add('flow_started', 'x', T0 + DAY + 2, { ...device, flowId: 'tour', flowVersion: 1, props: {} }),
    log.add('step_shown', 'x', T0 + DAY + 3, { ...device, flowId: 'tour', flowVersion: 1, stepId: 'a', props: { index: 0 } }),
    log.add('survey_answered', 'x', T0 + DAY + 4, { ...device, flowId: 'survey-a', flowVersion: 1, stepId: 'q1', props: { kind: 'nps', score: 9, comment: 'anonymous says' } }),
    log.add('milestone_reached', 'x', T0 + DAY + 5, { ...device, props: { milestone: 'goal' } }),
    log.add('flow_started', 'x', T0 + DAY + 6, { ...device, flowId: 'list', flowVersion: 1, props: {} }),
    log.add('checklist_item_completed', 'x', T0 + DAY + 7, { ...device, flowId: 'list', flowVersion: 1, props: { item: 'one' } }),
  ];
  const identified = [
    log.add('milestone_reached', 'merged', T0 + 2 * DAY, { anonymousId: 'device-b', props: { milestone: 'signed-up' } }),
    log.add('experiment_exposure', 'merged', T0 + 2 * DAY + 1, { anonymousId: 'device-b', experimentId: 'exp', variant: 'treat', props: {} }),
    log.add('experiment_exposure', 'merged', T0 + 2 * DAY + 1, { anonymousId: 'device-b', experimentId: 'global-holdout', variant: 'holdout', props: {} }),
    log.add('flow_started', 'merged', T0 + 2 * DAY + 2, { anonymousId: 'device-b', flowId: 'tour', flowVersion: 2, props: {} }),
    log.add('step_shown', 'merged', T0 + 2 * DAY + 3, { anonymousId: 'device-b', flowId: 'tour', flowVersion: 2, stepId: 'b', props: { index: 1 } }),
    log.add('flow_completed', 'merged', T0 + 2 * DAY + 4, { anonymousId: 'device-b', flowId: 'tour', flowVersion: 2, props: {} }),
    log.add('checklist_item_completed', 'merged', T0 + 2 * DAY + 5, { anonymousId: 'device-b', flowId: 'list', flowVersion: 1, props: { item: 'two' } }),
    log.add('milestone_reached', 'merged', T0 + 3 * DAY, { anonymousId: 'device-b', props: { milestone: 'invited' } }),
  ];
  const identify = [log.add('page_view', 'merged', T0 + 3 * DAY + 1, { anonymousId: 'device-a', props: {} })];
  // Sent from device A before everything above, delivered last (an offline queue): the first link of device A.
  const late = [
    log.add('milestone_reached', 'earlier', T0 + DAY - 10, { anonymousId: 'device-a', props: { milestone: 'signed-up' } }),
    log.add('experiment_exposure', 'earlier', T0 + DAY - 9, { anonymousId: 'device-a', experimentId: 'exp', variant: 'treat', props: {} }),
  ];
  // Device A keeps sending anonymously after its link moved: those events belong to the late link's person.
  const afterMove = [
    log.add('milestone_reached', 'x', T0 + 4 * DAY, { ...device, props: { milestone: 'goal' } }),
    log.add('step_shown', 'x', T0 + 4 * DAY + 1, { ...device, flowId: 'tour', flowVersion: 2, stepId: 'b', props: { index: 1 } }),
  ];
  const staged = (events: EventEnvelope[]) => events.map(withEnv);
  const reversed = (events: EventEnvelope[]) => staged(events).reverse();
  return {
    stages: [
      // Out of order within a batch, and the same id twice in one batch.
      { name: 'anonymous history', batches: [reversed(anonymous), staged([anonymous[1]!, anonymous[1]!])] },
      { name: 'identified history elsewhere', batches: [staged(identified.slice(4)), staged(identified.slice(0, 4))] },
      { name: 'identify merges them', batches: [staged(identify), staged(anonymous.slice(0, 3))] },
      { name: 'a late, earlier link moves the anonymous history', batches: [reversed(late)] },
      { name: 'device A again, after its link moved', batches: [staged(afterMove)] },
      { name: 'the whole history again (a client retry)', batches: [staged([...anonymous, ...identified, ...identify, ...late, ...afterMove])] },
    ],
  };
}

const MERGE_FILTERS: Array<[string, AnalyticsFilter]> = [
  ['no filter', {}],
  ['date range', { from: T0 + DAY + 3, to: T0 + 2 * DAY + 4 }],
  ['flow version 2', { flowVersion: 2 }],
  ['variant control', { variant: { experimentId: 'exp', variant: 'control' } }],
  ['variant treat', { variant: { experimentId: 'exp', variant: 'treat' } }],
  ['production', { env: 'production' }],
  ['staging', { env: 'staging' }],
];

describeEachDatabase('reports stay equal to the pure functions as late, duplicate and merging deliveries arrive', (server) => {
  it('after each delivery, every report equals the pure functions over what was delivered', async () => {
    const { project } = await server.project();
    const delivered: AnalyticsEvent[] = [];
    for (const { name, batches } of mergingHistories().stages) {
      for (const batch of batches) {
        for (const env of ['production', 'staging'] as const) {
          const inEnv = batch.filter((e) => (e.env ?? 'production') === env);
          if (inEnv.length === 0) continue;
          // Retried on a dropped keep-alive socket (the reports between deliveries can outlast it); batches are idempotent.
          const response = await request(`${server.url}/v1/p/${project.publicKey}/events?env=${env}`, json({ events: inEnv.map(({ env: _env, ...event }) => event) }));
          expect(response.status, name).toBe(200);
        }
        delivered.push(...batch);
      }
      await expectReportsAgree(server.db, project.id, delivered, MERGE_FILTERS.map(([filterName, filter]) => [`${name}, ${filterName}`, filter]));
      // The flow counts the reports read are exact after every delivery: equal to a recount of person_flow_touches.
      const counts = await flowCountsAndRecount(server.db, project.id);
      expect(counts.stored, `${name}: flow counts`).toEqual(counts.recount);
      const firsts = await flowFirstsAndRecount(server.db, project.id);
      expect(firsts.stored, `${name}: flow firsts`).toEqual(firsts.recount);
    }
    // Those filters without a date range or a variant were answered from the counts.
    expect(MERGE_FILTERS.filter(([, filter]) => flowCountsAnswer(filter)).map(([filterName]) => filterName)).toEqual(['no filter', 'flow version 2', 'production', 'staging']);
    // The merge really happened: one person across both devices, in the treat arm of the late link's person.
    const arms = await experimentArmsSql(server.db, project.id, EXPERIMENT);
    expect(arms.map((a) => a.exposed)).toEqual(experimentArms(delivered, EXPERIMENT).map((a) => a.exposed));
    expect(arms.reduce((n, a) => n + a.exposed, 0)).toBe(2);
    // 5 deliveries × 7 filters × 11 reports: fixed work, slow only on a loaded machine.
  }, 90_000);
});

describeEachDatabase('analytics SQL equals the pure shared/analytics functions', (server) => {
  let projectId = '';
  let simulatedProject = '';
  const events = edgeCaseEvents().map(withEnv);
  const simulated = generateTraffic({ users: 400, seed: 11, start: T0, holdout: { ...SIMULATED_HOLDOUT, share: 0.2 } });

  async function send(publicKey: string, batch: readonly AnalyticsEvent[]) {
    for (const env of ['production', 'staging'] as const) {
      const inEnv = batch.filter((e) => (e.env ?? 'production') === env).map(({ env: _env, ...event }) => event);
      for (let i = 0; i < inEnv.length; i += 500) {
        const response = await fetch(`${server.url}/v1/p/${publicKey}/events?env=${env}`, json({ events: inEnv.slice(i, i + 500) }));
        expect(response.status).toBe(200);
      }
    }
  }

  beforeAll(async () => {
    const { project } = await server.project();
    projectId = project.id;
    // Delivery is at-least-once: the first 100 events arrive twice.
    await send(project.publicKey, [...events, ...events.slice(0, 100)]);
    const sim = await server.project();
    simulatedProject = sim.project.id;
    await send(sim.project.publicKey, simulated);
  });

  // The pure functions get the duplicates too, as the server did.
  const delivered = () => [...events, ...events.slice(0, 100)];

  it.each(FILTERS)('funnels, checklist, anchor-missing rates and flow totals (%s)', async (_name, filter) => {
    const db = server.db;
    expect(await flowFunnelSql(db, projectId, 'tour', { steps: TOUR_V1, filter })).toEqual(flowFunnel(delivered(), 'tour', { steps: TOUR_V1, filter }));
    expect(await flowFunnelSql(db, projectId, 'tour', { filter })).toEqual(flowFunnel(delivered(), 'tour', { filter }));
    expect(await checklistCompletionSql(db, projectId, 'list', { items: ['one', 'two', 'three'], filter })).toEqual(checklistCompletion(delivered(), 'list', { items: ['one', 'two', 'three'], filter }));
    expect(await checklistCompletionSql(db, projectId, 'list', { filter })).toEqual(checklistCompletion(delivered(), 'list', { filter }));
    expect(await anchorMissingSql(db, projectId, 'tour', { steps: TOUR_V2, filter })).toEqual(anchorMissingRates(delivered(), 'tour', { steps: TOUR_V2, filter }));
    const expected = ['list', 'tour'].map((flowId) => {
      const { started, completed, dismissed } = flowFunnel(delivered(), flowId, { filter });
      return { flowId, started, completed, dismissed };
    });
    expect(await flowTotalsSql(db, projectId, filter)).toEqual(expected.filter((t) => t.started + t.completed + t.dismissed > 0));
    // The counts path and the rows-per-person path agree too (the same code path when the counts cannot answer).
    expect(await flowTotalsSql(db, projectId, filter, flowTouchRows)).toEqual(await flowTotalsSql(db, projectId, filter));
    expect(await anchorMissingSql(db, projectId, 'tour', { filter }, flowTouchRows)).toEqual(await anchorMissingSql(db, projectId, 'tour', { filter }));
    expect(await checklistCompletionSql(db, projectId, 'list', { filter }, flowTouchRows)).toEqual(await checklistCompletionSql(db, projectId, 'list', { filter }));
  });

  it('the flow counts equal a recount of person_flow_touches after duplicate, out-of-order and shared-device deliveries', async () => {
    for (const project of [projectId, simulatedProject]) {
      const counts = await flowCountsAndRecount(server.db, project);
      expect(counts.stored).toEqual(counts.recount);
      expect(counts.stored.length).toBeGreaterThan(40);
      const firsts = await flowFirstsAndRecount(server.db, project);
      expect(firsts.stored).toEqual(firsts.recount);
    }
  });

  it.each(FILTERS)('resource center usage (%s)', async (_name, filter) => {
    const pure = resourceCenterUsage(delivered(), { filter });
    expect(await resourceCenterUsageSql(server.db, projectId, { filter })).toEqual(pure);
    if (_name === 'no filter') {
      expect(pure.noResultQueries.map((q) => q.query)).toEqual(expect.arrayContaining(['Zebra', 'zebra', 'résumé', '日本', '😀 emoji']));
      expect(pure.items.length).toBeGreaterThan(3);
      expect(pure.contacts).toBeGreaterThan(0);
    }
    expect(await resourceCenterUsageSql(server.db, projectId, { filter, limit: 3 })).toEqual(resourceCenterUsage(delivered(), { filter, limit: 3 }));
  });

  it.each(FILTERS)('goal conversion, time to milestone, surveys and the journey map (%s)', async (_name, filter) => {
    const db = server.db;
    expect(await goalConversionSql(db, projectId, 'tour', 'goal', { filter })).toEqual(goalConversion(delivered(), 'tour', 'goal', { filter }));
    expect(await goalConversionSql(db, projectId, 'tour', 'goal', { filter, windowMs: 2 * DAY })).toEqual(goalConversion(delivered(), 'tour', 'goal', { filter, windowMs: 2 * DAY }));
    expect(await timeToMilestoneSql(db, projectId, 'goal', { filter })).toEqual(timeToMilestone(delivered(), 'goal', { filter }));
    expect(await timeToMilestoneSql(db, projectId, 'invited', { since: 'signed-up', filter })).toEqual(timeToMilestone(delivered(), 'invited', { since: 'signed-up', filter }));
    for (const options of [{}, { flowId: 'survey-a' }, { flowId: 'survey-b', stepId: 'q2' }]) {
      const { commentsTotal, ...sql } = await surveyResultsSql(db, projectId, { ...options, filter, commentLimit: 10_000 });
      const pure = surveyResults(delivered(), { ...options, filter });
      expect(sql).toEqual(pure);
      expect(commentsTotal).toBe(pure.comments.length);
    }
    expect(await journeyMapSql(db, projectId, MILESTONES, filter)).toEqual(journeyMap(delivered(), MILESTONES, filter));
    const { env, from, to } = filter;
    const scope = { ...(env ? { env } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    for (const options of [{ goal: 'goal', ...scope }, { goal: 'goal', windowMs: 2 * DAY, ...scope }, { goal: 'invited', ...scope }]) {
      expect(await holdoutArmsSql(db, projectId, options)).toEqual(holdoutArms(delivered(), options));
    }
  });

  it('experiment arms: first exposure per person, the goal within the window, exposure date range', async () => {
    for (const range of [{}, { from: T0 + 3 * DAY }, { from: T0 + DAY, to: T0 + 6 * DAY }, { env: 'staging' as const }, { env: 'production' as const, from: T0 + DAY }]) {
      const arms = await experimentArmsSql(server.db, projectId, EXPERIMENT, range);
      expect(arms).toEqual(experimentArms(delivered(), EXPERIMENT, range));
    }
    // The edge cases really are in there: someone re-exposed, a retired variant left out.
    const arms = await experimentArmsSql(server.db, projectId, EXPERIMENT);
    expect(arms.map((a) => a.key)).toEqual(['control', 'treat']);
    expect(arms[0]!.exposed + arms[1]!.exposed).toBeGreaterThan(150);
    // Both environments have exposures of their own.
    const staging = await experimentArmsSql(server.db, projectId, EXPERIMENT, { env: 'staging' });
    expect(staging[0]!.exposed + staging[1]!.exposed).toBeGreaterThan(10);
    expect(staging[0]!.exposed + staging[1]!.exposed).toBeLessThan(arms[0]!.exposed + arms[1]!.exposed);
  });

  it.each(FILTERS)('daily series: experiment arms, flow starts and completions, journey stages (%s)', async (_name, filter) => {
    const db = server.db;
    for (const flowId of ['tour', 'list']) expect(await flowDailySql(db, projectId, flowId, filter)).toEqual(flowDaily(delivered(), flowId, filter));
    expect(await journeyDailySql(db, projectId, MILESTONES, filter)).toEqual(journeyDaily(delivered(), MILESTONES, filter));
    const { env, from, to } = filter;
    const scope = { ...(env ? { env } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    const daily = await experimentDailySql(db, projectId, EXPERIMENT, scope);
    expect(daily).toEqual(experimentDaily(delivered(), EXPERIMENT, scope));
    // Summed over the days, the series is the experiment's arms.
    const arms = experimentArms(delivered(), EXPERIMENT, scope);
    expect(arms.map((a) => [a.exposed, a.converted])).toEqual(arms.map((a) => [sumOf(daily, a.key, 'exposed'), sumOf(daily, a.key, 'converted')]));
    if (filter === FILTERS[0]![1]) expect(daily.length).toBeGreaterThan(5);
  });

  it.each(FILTERS)('breakdowns by device, trait and flow version; guardrail counts; CUPED sums (%s)', async (_name, filter) => {
    const db = server.db;
    const { env, from, to } = filter;
    const scope = { ...(env ? { env } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
    for (const breakdown of BREAKDOWNS) {
      const segments = await experimentBreakdownSql(db, projectId, EXPERIMENT, breakdown, scope);
      expect(segments).toEqual(experimentBreakdown(delivered(), EXPERIMENT, breakdown, scope));
      // Every counted person is in exactly one segment.
      const arms = experimentArms(delivered(), EXPERIMENT, scope);
      expect(arms.map((a) => a.exposed)).toEqual(arms.map((a) => segments.reduce((n, s) => n + s.arms.find((x) => x.key === a.key)!.exposed, 0)));
      for (const flowId of ['tour', 'list']) expect(await flowBreakdownSql(db, projectId, flowId, breakdown, filter)).toEqual(flowBreakdown(delivered(), flowId, breakdown, filter));
    }
    expectGuardrailsAgree(await guardrailArmsSql(db, projectId, GUARDED, scope), guardrailArms(delivered(), GUARDED, scope), 'guardrails');
    expect(await preExposureSumsSql(db, projectId, EXPERIMENT, scope)).toEqual(preExposureSums(delivered(), EXPERIMENT, scope));
    if (filter === FILTERS[0]![1]) {
      expect((await experimentBreakdownSql(db, projectId, EXPERIMENT, { by: 'device' })).map((s) => s.segment).sort()).toEqual(['(not set)', 'desktop', 'phone', 'tablet']);
      expect((await flowBreakdownSql(db, projectId, 'list', { by: 'trait', trait: 'plan' })).map((s) => s.segment).sort()).toEqual(['(not set)', '42', 'free', 'pro', 'true']);
      expect((await preExposureSumsSql(db, projectId, EXPERIMENT))['control']!.sumX).toBeGreaterThan(0);
    }
  });

  it('the surveys keep only the latest comments when asked, and say how many there are', async () => {
    const pure = surveyResults(delivered());
    const { comments, commentsTotal } = await surveyResultsSql(server.db, projectId, { commentLimit: 3 });
    expect(commentsTotal).toBe(pure.comments.length);
    expect(comments).toEqual(pure.comments.slice(-3));
  });

  it('simulated traffic (400 users): every report agrees', async () => {
    const db = server.db;
    const filter = { variant: { experimentId: SIMULATED_EXPERIMENT.key, variant: 'bar-checklist-tour' } };
    const tour = ['open-widget', 'colour', 'position', 'greeting', 'preview'];
    expect(await experimentArmsSql(db, simulatedProject, SIMULATED_EXPERIMENT)).toEqual(experimentArms(simulated, SIMULATED_EXPERIMENT));
    expect(await flowFunnelSql(db, simulatedProject, 'widget-tour', { steps: tour, filter })).toEqual(flowFunnel(simulated, 'widget-tour', { steps: tour, filter }));
    expect(await anchorMissingSql(db, simulatedProject, 'widget-tour', { steps: tour })).toEqual(anchorMissingRates(simulated, 'widget-tour', { steps: tour }));
    expect(await checklistCompletionSql(db, simulatedProject, 'activation-checklist', { items: ['connect', 'customise', 'invite', 'snippet'] })).toEqual(
      checklistCompletion(simulated, 'activation-checklist', { items: ['connect', 'customise', 'invite', 'snippet'] }),
    );
    const { commentsTotal: _total, ...surveys } = await surveyResultsSql(db, simulatedProject, { commentLimit: 10_000 });
    expect(surveys).toEqual(surveyResults(simulated));
    const milestones = [milestone('integration-connected', 'activation'), milestone('teammate-invited', 'adoption'), ...JOURNEY_MILESTONES];
    expect(await journeyMapSql(db, simulatedProject, milestones)).toEqual(journeyMap(simulated, milestones));
    expect(await timeToMilestoneSql(db, simulatedProject, 'integration-connected', { since: 'signed-up' })).toEqual(timeToMilestone(simulated, 'integration-connected', { since: 'signed-up' }));
    const holdout = { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY };
    const arms = await holdoutArmsSql(db, simulatedProject, holdout);
    expect(arms).toEqual(holdoutArms(simulated, holdout));
    expect(arms.holdout.exposed).toBeGreaterThan(50);
    expect(await experimentDailySql(db, simulatedProject, SIMULATED_EXPERIMENT)).toEqual(experimentDaily(simulated, SIMULATED_EXPERIMENT));
    expect(await flowDailySql(db, simulatedProject, 'widget-tour', filter)).toEqual(flowDaily(simulated, 'widget-tour', filter));
    expect(await journeyDailySql(db, simulatedProject, milestones)).toEqual(journeyDaily(simulated, milestones));
  });
});
