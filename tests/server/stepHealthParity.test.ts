import { expect, it } from 'vitest';
import type { AnalyticsEvent } from '../../shared/analytics/AnalyticsEvent.ts';
import { stepHealthCounts } from '../../shared/analytics/stepHealthCounts.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { stepHealthCountsSql } from '../../server/alerts/stepHealthCountsSql.ts';
import { EventLog, MINUTE, T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase, json } from './support/testServer.ts';

/**
 * Steps shown and anchors missing for people who are anonymous, identified, or both on one device;
 * two flows, two versions, both environments, repeats, other event types and events without a step.
 */
function healthEvents(): AnalyticsEvent[] {
  const random = mulberry32(18);
  const log = new EventLog();
  const events: AnalyticsEvent[] = [];
  for (let i = 0; i < 120; i++) {
    const user = `h${i}`;
    const env = random() < 0.3 ? 'staging' : 'production';
    const flowId = random() < 0.5 ? 'tour' : 'Tour-2';
    const flowVersion = random() < 0.3 ? 2 : 1;
    const t = T0 + i * MINUTE;
    const anonymous = i % 4 === 0;
    const push = (e: AnalyticsEvent) => events.push(env === 'production' ? e : { ...e, env });
    for (const stepId of ['a', 'B', 'c'].slice(0, 1 + Math.floor(random() * 3))) {
      const missing = random() < 0.25;
      push(log.add(missing ? 'anchor_missing' : 'step_shown', user, t, { flowId, flowVersion, stepId, anonymous, props: missing ? { waitedMs: 3000 } : { index: 0, total: 3 } }));
      if (random() < 0.2) push(log.add('step_shown', user, t + 1000, { flowId, flowVersion, stepId, anonymous: !anonymous, props: { index: 0, total: 3 } }));
    }
    if (random() < 0.3) push(log.add('flow_started', user, t, { flowId, flowVersion, props: { manual: false } }));
    if (random() < 0.1) push(log.add('step_shown', user, t, { flowId, props: {} }));
  }
  return events;
}

describeEachDatabase('anchor-health counts equal the pure function', (server) => {
  it('per environment, flow, version and step: people due and people whose anchor was missing; nothing before the window', async () => {
    const { project } = await server.project();
    const events = healthEvents();
    const before = Date.now();
    for (const env of ['production', 'staging'] as const) {
      const inEnv = events.filter((e) => (e.env ?? 'production') === env).map(({ env: _env, ...event }) => event);
      for (let i = 0; i < inEnv.length; i += 200) {
        const response = await fetch(`${server.url}/v1/p/${project.publicKey}/events?env=${env}`, json({ events: [...inEnv.slice(i, i + 200), ...inEnv.slice(i, i + 5)] }));
        expect(response.status).toBe(200);
      }
    }
    const expected = stepHealthCounts(events);
    expect(expected.length).toBeGreaterThan(12);
    expect(expected.some((c) => c.missing > 0 && c.missing < c.users)).toBe(true);
    expect(await stepHealthCountsSql(server.db, project.id, before - 1)).toEqual(expected);
    expect(await stepHealthCountsSql(server.db, project.id, Date.now() + 60_000)).toEqual([]);
  });
});
