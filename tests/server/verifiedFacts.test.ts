import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/Db.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import { anchorMissingSql } from '../../server/store/analytics/anchorMissingSql.ts';
import { checklistCompletionSql } from '../../server/store/analytics/checklistCompletionSql.ts';
import { experimentArmsSql } from '../../server/store/analytics/experimentArmsSql.ts';
import { flowFunnelSql } from '../../server/store/analytics/flowFunnelSql.ts';
import { goalConversionSql } from '../../server/store/analytics/goalConversionSql.ts';
import { holdoutArmsSql } from '../../server/store/analytics/holdoutArmsSql.ts';
import { journeyMapSql } from '../../server/store/analytics/journeyMapSql.ts';
import { timeToMilestoneSql } from '../../server/store/analytics/timeToMilestoneSql.ts';
import type { AnalyticsEvent } from '../../shared/analytics/AnalyticsEvent.ts';
import type { AnalyticsFilter } from '../../shared/analytics/AnalyticsFilter.ts';
import { anchorMissingRates, checklistCompletion, experimentArms, flowFunnel, goalConversion, journeyMap, timeToMilestone } from '../../shared/analytics/index.ts';
import { holdoutArms } from '../../shared/analytics/holdoutArms.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { JOURNEY_MILESTONES, SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { DAY, T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase } from './support/testServer.ts';
import { milestone } from '../support/fixtures/milestone.ts';

const MILESTONES = [milestone('integration-connected', 'activation'), milestone('teammate-invited', 'adoption'), ...JOURNEY_MILESTONES];
const TOUR = ['open-widget', 'colour', 'position', 'greeting', 'preview'];
const ITEMS = ['connect', 'customise', 'invite', 'snippet'];
const VARIANT = { experimentId: SIMULATED_EXPERIMENT.key, variant: 'bar-checklist-tour' };

/** Verified-only reports (`verified=only`) from facts and from the events, against the pure functions. */
async function expectVerifiedReportsAgree(db: Queryable, projectId: string, delivered: readonly AnalyticsEvent[], label: string): Promise<void> {
  const filters: Array<[string, AnalyticsFilter]> = [
    ['verified', { verifiedOnly: true }],
    ['verified, variant', { verifiedOnly: true, variant: VARIANT }],
    ['verified, production', { verifiedOnly: true, env: 'production' }],
    ['verified, staging, variant', { verifiedOnly: true, env: 'staging', variant: VARIANT }],
    ['verified, date range', { verifiedOnly: true, from: T0 + DAY, to: T0 + 5 * DAY }],
  ];
  for (const [name, filter] of filters) {
    const at = `${label}, ${name}: `;
    expect(await flowFunnelSql(db, projectId, 'widget-tour', { steps: TOUR, filter }), `${at}funnel`).toEqual(flowFunnel(delivered, 'widget-tour', { steps: TOUR, filter }));
    expect(await anchorMissingSql(db, projectId, 'widget-tour', { steps: TOUR, filter }), `${at}anchors`).toEqual(anchorMissingRates(delivered, 'widget-tour', { steps: TOUR, filter }));
    expect(await checklistCompletionSql(db, projectId, 'activation-checklist', { items: ITEMS, filter }), `${at}checklist`).toEqual(checklistCompletion(delivered, 'activation-checklist', { items: ITEMS, filter }));
    expect(await goalConversionSql(db, projectId, 'widget-tour', SIMULATED_EXPERIMENT.goal, { filter }), `${at}goal`).toEqual(goalConversion(delivered, 'widget-tour', SIMULATED_EXPERIMENT.goal, { filter }));
    expect(await journeyMapSql(db, projectId, MILESTONES, filter), `${at}journey`).toEqual(journeyMap(delivered, MILESTONES, filter));
    expect(await timeToMilestoneSql(db, projectId, 'integration-connected', { filter }), `${at}time`).toEqual(timeToMilestone(delivered, 'integration-connected', { filter }));
    expect(await timeToMilestoneSql(db, projectId, 'integration-connected', { since: 'signed-up', filter }), `${at}time since`).toEqual(timeToMilestone(delivered, 'integration-connected', { since: 'signed-up', filter }));
  }
  // Experiments and the holdout take no filter: verified-only is the pure function over the verified events.
  const verified = delivered.filter((e) => e.verified === true);
  for (const scope of [{}, { env: 'production' as const }, { from: T0 + 2 * DAY }]) {
    expect(await experimentArmsSql(db, projectId, SIMULATED_EXPERIMENT, { ...scope, verifiedOnly: true }), `${label}: experiment`).toEqual(experimentArms(verified, SIMULATED_EXPERIMENT, scope));
    const holdout = { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY, ...scope };
    expect(await holdoutArmsSql(db, projectId, { ...holdout, verifiedOnly: true }), `${label}: holdout`).toEqual(holdoutArms(verified, holdout));
  }
}

describeEachDatabase('verified-only reports from the facts', (server) => {
  it('equal the pure functions over the verified events, at ingest and after rebuild-facts', async () => {
    const { project } = await server.project();
    const traffic = generateTraffic({ users: 300, seed: 21, start: T0, holdout: { ...SIMULATED_HOLDOUT, share: 0.2 } });
    // Two users in three prove their identity, in every other batch only: a verified user also
    // has unverified events (a batch without the hash), some before their first verified one.
    const users = [...new Set(traffic.flatMap((e) => (e.userId ? [e.userId] : [])))];
    const proven = new Set(users.filter((_, i) => i % 3 !== 0));
    const delivered: AnalyticsEvent[] = [];
    for (let i = 0, batch = 0; i < traffic.length; i += 300, batch++) {
      const events = traffic.slice(i, i + 300);
      const env = batch % 4 === 3 ? ('staging' as const) : ('production' as const);
      const verifiedUsers = batch % 2 === 1 ? proven : new Set<string>();
      await insertEvents(server.db, project.id, events, { env, verifiedUsers });
      delivered.push(...events.map((e) => ({ ...e, env, verified: e.userId !== undefined && verifiedUsers.has(e.userId) })));
    }
    const verifiedCount = delivered.filter((e) => e.verified).length;
    expect(verifiedCount).toBeGreaterThan(traffic.length / 4);
    expect(verifiedCount).toBeLessThan(traffic.length * 0.75);
    // Verified-only really differs from all events.
    expect(await experimentArmsSql(server.db, project.id, SIMULATED_EXPERIMENT, { verifiedOnly: true })).not.toEqual(await experimentArmsSql(server.db, project.id, SIMULATED_EXPERIMENT));

    await expectVerifiedReportsAgree(server.db, project.id, delivered, 'at ingest');
    await rebuildFacts(server.db, { projectId: project.id, batch: 500 });
    await expectVerifiedReportsAgree(server.db, project.id, delivered, 'after rebuild-facts');
  }, 120_000);
});
