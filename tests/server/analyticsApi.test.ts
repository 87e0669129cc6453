import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { experimentArms, flowFunnel, goalConversion, journeyMap, surveyResults } from '../../shared/analytics/index.ts';
import { holdoutArms } from '../../shared/analytics/holdoutArms.ts';
import { analyzeHoldout } from '../../shared/stats/analyzeHoldout.ts';
import type { Bundle } from '../../shared/schema/bundle.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { analyzeExperiment } from '../../shared/stats/analyzeExperiment.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT, withSimulation } from '../../scripts/simulation/simulationBundle.ts';
import { EventLog, T0 } from '../shared/analytics/eventLog.ts';
import { resourceCenterUsage } from '../../shared/analytics/resourceCenterUsage.ts';
import { experimentDaily } from '../../shared/analytics/experimentDaily.ts';
import { flowDaily } from '../../shared/analytics/flowDaily.ts';
import { journeyDaily } from '../../shared/analytics/journeyDaily.ts';
import { experimentTrend } from '../../shared/stats/experimentTrend.ts';
import { recentDailyRate } from '../../shared/stats/recentDailyRate.ts';
import { experimentBreakdown } from '../../shared/analytics/experimentBreakdown.ts';
import { flowBreakdown } from '../../shared/analytics/flowBreakdown.ts';
import { guardrailArms } from '../../shared/analytics/guardrailArms.ts';
import { preExposureSums } from '../../shared/analytics/preExposureSums.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

const DAY = 86_400_000;
const chatly = (): Bundle => withSimulation(JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8')));
const TOUR = ['open-widget', 'colour', 'position', 'greeting', 'preview'];

describeEachDatabase('analytics API', (server) => {
  const events = generateTraffic({ users: 300, seed: 5, start: T0 });
  let secretKey = '';
  let publicKey = '';
  const get = async (path: string, key = secretKey) => {
    const response = await fetch(`${server.url}/v1/admin/analytics${path}`, { headers: bearer(key) });
    return { status: response.status, body: (await response.json()) as any };
  };
  const publish = async (bundle: unknown, env = 'production') => {
    const response = await fetch(`${server.url}/v1/admin/releases`, json({ env, bundle }, bearer(secretKey)));
    expect(response.status).toBe(201);
    return ((await response.json()) as { version: number }).version;
  };
  const send = async (batch: readonly EventEnvelope[], env = 'production') => {
    for (let i = 0; i < batch.length; i += 500) expect((await fetch(`${server.url}/v1/p/${publicKey}/events?env=${env}`, json({ events: batch.slice(i, i + 500) }))).status).toBe(200);
  };

  beforeAll(async () => {
    const created = await server.project();
    secretKey = created.secretKey;
    publicKey = created.project.publicKey;
    await publish(chatly());
    await send(events);
  });

  it('lists the published flows with who started, completed and dismissed each, and the milestones', async () => {
    const { status, body } = await get('/flows');
    expect(status).toBe(200);
    expect(body.release).toEqual({ version: 1, env: 'production' });
    expect(body.flows.map((f: any) => f.id)).toEqual(chatly().flows.map((f) => f.id));
    for (const flow of body.flows) {
      const pure = flowFunnel(events, flow.id);
      expect({ started: flow.started, completed: flow.completed, dismissed: flow.dismissed, completionRate: flow.completionRate }).toEqual({
        started: pure.started, completed: pure.completed, dismissed: pure.dismissed, completionRate: pure.completionRate,
      });
    }
    const tour = body.flows.find((f: any) => f.id === 'widget-tour');
    expect(tour).toMatchObject({ name: 'Customise your widget', kind: 'tour', version: 1, goal: 'widget-customised', steps: TOUR, inRelease: true });
    expect(tour.started).toBeGreaterThan(50);
    expect(body.milestones.map((m: any) => m.id)).toContain('integration-connected');
  });

  it('the funnel follows the flow document’s step order and takes date, variant and version filters', async () => {
    const all = await get('/flows/widget-tour/funnel');
    expect(all.body.funnel).toEqual(flowFunnel(events, 'widget-tour', { steps: TOUR }));
    expect(all.body.funnel.steps.map((s: any) => s.stepId)).toEqual(TOUR);
    const from = T0 + 2 * DAY;
    const to = T0 + 5 * DAY;
    const narrowed = await get(`/flows/connect-bar/funnel?from=${from}&to=${to}&experiment=activation-bar&variant=bar-checklist-tour&flowVersion=1`);
    const filter = { env: 'production' as const, from, to, flowVersion: 1, variant: { experimentId: 'activation-bar', variant: 'bar-checklist-tour' } };
    expect(narrowed.body.filter).toEqual(filter);
    expect(narrowed.body.funnel).toEqual(flowFunnel(events, 'connect-bar', { steps: ['bar'], filter }));
    expect(narrowed.body.funnel.started).toBeGreaterThan(0);
    const control = await get('/flows/connect-bar/funnel?experiment=activation-bar&variant=control');
    expect(control.body.funnel.started).toBe(0); // control never sees the bar
  });

  it('experiments come from the published bundle, with per-variant results from shared/stats', async () => {
    const { status, body } = await get('/experiments');
    expect(status).toBe(200);
    expect(body.experiments).toHaveLength(1);
    const [report] = body.experiments;
    const arms = experimentArms(events, SIMULATED_EXPERIMENT);
    expect(report.experiment).toEqual(SIMULATED_EXPERIMENT);
    expect(report.arms).toEqual(arms);
    expect(report.result).toEqual(JSON.parse(JSON.stringify(analyzeExperiment(arms, { control: 'control' }))));
    expect(arms[0]!.exposed + arms[1]!.exposed).toBe(300);
    const one = await get(`/experiments/activation-bar?from=${T0 + 3 * DAY}`);
    expect(one.body.arms).toEqual(experimentArms(events, SIMULATED_EXPERIMENT, { from: T0 + 3 * DAY }));
    expect((await get('/experiments/nope')).body.error).toMatchObject({ code: 'unknown_experiment' });
  });

  it('daily series: the experiment’s cumulative lift with its sequential interval, a flow’s starts and completions, the journey’s arrivals', async () => {
    const [report] = (await get('/experiments')).body.experiments;
    const days = experimentDaily(events, SIMULATED_EXPERIMENT);
    const arms = experimentArms(events, SIMULATED_EXPERIMENT);
    expect(report.daily).toEqual(JSON.parse(JSON.stringify(experimentTrend(days, arms, { control: 'control' }))));
    expect(report.daily.length).toBeGreaterThan(5);
    // The simulated traffic is long past: no whole day of it falls in the last week before today.
    expect(report.exposuresPerDay).toBe(recentDailyRate(days.map((d) => ({ day: d.day, count: d.arms.reduce((n, a) => n + a.exposed, 0) })), Date.now()));
    const flow = await get('/flows/widget-tour/daily?experiment=activation-bar&variant=bar-checklist-tour');
    expect(flow.body.days).toEqual(flowDaily(events, 'widget-tour', { env: 'production', variant: { experimentId: 'activation-bar', variant: 'bar-checklist-tour' } }));
    expect(flow.body.days.reduce((n: number, d: any) => n + d.started, 0)).toBe(flowFunnel(events, 'widget-tour', { filter: { variant: { experimentId: 'activation-bar', variant: 'bar-checklist-tour' } } }).started);
    const journey = await get(`/journey/daily?from=${T0 + DAY}`);
    expect(journey.body).toMatchObject(journeyDaily(events, chatly().milestones!, { env: 'production', from: T0 + DAY }));
    expect(journey.body.days.length).toBeGreaterThan(3);
  });

  it('goal conversion, surveys and the journey map', async () => {
    const goal = await get('/flows/connect-bar/goal');
    expect(goal.body).toMatchObject({ goal: 'integration-connected', windowDays: null });
    expect(goal.body.conversion).toEqual(goalConversion(events, 'connect-bar', 'integration-connected'));
    const windowed = await get('/flows/widget-tour/goal?goal=integration-connected&windowDays=1');
    expect(windowed.body.conversion).toEqual(goalConversion(events, 'widget-tour', 'integration-connected', { windowMs: DAY }));
    expect((await get('/flows/whats-new/goal')).body.error).toMatchObject({ code: 'invalid_query', path: 'goal' });

    const surveys = await get('/surveys?flowId=nps-after-connect');
    const { commentsTotal, ...results } = surveys.body.surveys;
    expect(results).toEqual(surveyResults(events, { flowId: 'nps-after-connect' }));
    expect(commentsTotal).toBe(results.comments.length);
    expect(results.nps.responses).toBeGreaterThan(20);

    const journey = await get('/journey');
    expect(journey.body.journey).toEqual(journeyMap(events, chatly().milestones!));
    expect(journey.body.journey.stages.map((s: any) => s.stage)).toEqual(['acquisition', 'activation', 'adoption', 'retention', 'expansion', 'advocacy']);
  });

  it('the resource center: its use counted as the pure function counts it, with the release\'s names', async () => {
    const log = new EventLog();
    const base = { flowId: 'help-center', flowVersion: 1 };
    for (const [i, user] of ['ana', 'ben', 'cy'].entries()) {
      log.add('resource_center_opened', user, T0 + i, { ...base, props: { via: 'launcher' } });
      log.add('resource_center_searched', user, T0 + i + 1, { ...base, props: { query: 'webhooks', results: 0 } });
      log.add('resource_center_item_clicked', user, T0 + i + 2, { ...base, props: { section: 'articles', item: 'brand-widget', kind: 'help', via: 'search' } });
    }
    log.add('resource_center_searched', 'ana', T0 + 9, { ...base, props: { query: 'brand', results: 1 } });
    log.add('resource_center_tour_replayed', 'ben', T0 + 9, { ...base, props: { section: 'tours', item: 'replay-widget-tour', tour: 'widget-tour', completedBefore: true } });
    await send(log.events);
    const report = await get('/resource-center');
    expect(report.status).toBe(200);
    expect(report.body.usage).toEqual(resourceCenterUsage([...events, ...log.events]));
    expect(report.body.usage).toMatchObject({ opens: 3, openers: 3, searches: 4, noResultSearches: 3, noResultQueries: [{ query: 'webhooks', searches: 3, people: 3 }] });
    expect(report.body.resourceCenters).toEqual([{ id: 'help-center', name: 'Help center' }]);
    expect(report.body.names.items).toMatchObject({ 'brand-widget': 'Match the widget to your brand', 'replay-widget-tour': 'Customise your widget' });
    expect(report.body.names.flows['widget-tour']).toBe('Customise your widget');
  });

  it('env counts only the events sent to that environment, with the release published there; release narrows flows to their versions', async () => {
    expect((await get('/flows?env=staging')).body.error).toMatchObject({ code: 'not_published' });
    const v2 = chatly();
    const tour = v2.flows.find((f) => f.id === 'widget-tour')!;
    tour.version = 2;
    tour.steps = tour.steps.slice(0, 2);
    const release = await publish(v2, 'staging');
    // Staging's testers: their own people, and tour version 2.
    const later = generateTraffic({ users: 40, seed: 6, start: T0 + 20 * DAY }).map((e) => (e.flowId === 'widget-tour' ? { ...e, flowVersion: 2 } : e));
    await send(later, 'staging');
    const both = [...events, ...later.map((e) => ({ ...e, env: 'staging' as const }))];
    const staging = await get('/flows/widget-tour/funnel?env=staging');
    expect(staging.body.release).toEqual({ version: release, env: 'staging' });
    expect(staging.body.filter).toEqual({ env: 'staging' });
    expect(staging.body.funnel).toEqual(flowFunnel(later, 'widget-tour', { steps: TOUR.slice(0, 2) }));
    expect(staging.body.funnel).toEqual(flowFunnel(both, 'widget-tour', { steps: TOUR.slice(0, 2), filter: { env: 'staging' } }));
    // Production's reports do not see staging's events.
    expect((await get('/flows/widget-tour/funnel')).body.funnel).toEqual(flowFunnel(events, 'widget-tour', { steps: TOUR }));
    const experiments = await get('/experiments?env=staging');
    expect(experiments.body.filter).toEqual({ env: 'staging' });
    expect(experiments.body.experiments[0].arms).toEqual(experimentArms(both, SIMULATED_EXPERIMENT, { env: 'staging' }));
    expect((await get('/experiments')).body.experiments[0].arms).toEqual(experimentArms(events, SIMULATED_EXPERIMENT));
    expect((await get('/journey?env=staging')).body.journey).toEqual(journeyMap(later, v2.milestones!));

    const pinned = await get(`/flows/widget-tour/funnel?release=${release}&env=staging`);
    expect(pinned.body.filter).toEqual({ env: 'staging', flowVersion: 2 });
    expect(pinned.body.funnel).toEqual(flowFunnel(both, 'widget-tour', { steps: TOUR.slice(0, 2), filter: { env: 'staging', flowVersion: 2 } }));
    const first = await get('/flows/widget-tour/funnel?release=1');
    expect(first.body.funnel).toEqual(flowFunnel(both, 'widget-tour', { steps: TOUR, filter: { env: 'production', flowVersion: 1 } }));
    expect(first.body.funnel).toEqual(flowFunnel(events, 'widget-tour', { steps: TOUR }));
    expect((await get('/flows?release=99')).body.error).toMatchObject({ code: 'unknown_release', path: 'release' });
  });

  it('the global holdout against everyone else: counts, lift with interval and p-value, with the experiment’s goal and window by default', async () => {
    const { project, secretKey: key } = await server.project();
    const holdout = { ...SIMULATED_HOLDOUT, share: 0.2 };
    const traffic = generateTraffic({ users: 600, seed: 8, start: T0, holdout });
    const ask = async (path: string) => {
      const response = await fetch(`${server.url}/v1/admin/analytics${path}`, { headers: bearer(key) });
      return { status: response.status, body: (await response.json()) as any };
    };
    expect((await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: chatly() }, bearer(key)))).status).toBe(201);
    for (let i = 0; i < traffic.length; i += 500) expect((await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: traffic.slice(i, i + 500) }))).status).toBe(200);
    // No holdout in the release: counts, but no comparison.
    const without = await ask('/holdout');
    expect(without.body).toMatchObject({ holdout: null, goal: 'integration-connected', windowDays: 14, result: null });

    expect((await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: withSimulation(chatly(), SIMULATED_EXPERIMENT, holdout) }, bearer(key)))).status).toBe(201);
    const { status, body } = await ask('/holdout');
    expect(status).toBe(200);
    const arms = holdoutArms(traffic, { goal: 'integration-connected', windowMs: 14 * DAY });
    expect(body).toMatchObject({ holdout, goal: 'integration-connected', windowDays: 14, filter: { env: 'production' }, arms });
    expect(body.result).toEqual(analyzeHoldout(arms, 0.2));
    expect(body.result.gate.ready).toBe(true);
    expect(body.arms.holdout.exposed).toBeGreaterThan(90);

    const other = await ask(`/holdout?goal=teammate-invited&windowDays=3&from=${T0 + 2 * DAY}`);
    expect(other.body.arms).toEqual(holdoutArms(traffic, { goal: 'teammate-invited', windowMs: 3 * DAY, from: T0 + 2 * DAY }));
    expect((await ask('/holdout?env=staging')).body.error).toMatchObject({ code: 'not_published' });
    expect((await ask('/holdout?goal=no%20such')).body.error).toMatchObject({ code: 'invalid_query', path: 'goal' });
  });

  it('bad queries are a 400 naming the parameter; unknown flows a 404; the secret key is required', async () => {
    expect((await get('/flows?from=yesterday')).body.error).toMatchObject({ code: 'invalid_query', path: 'from' });
    expect((await get('/flows?from=10&to=5')).body.error).toMatchObject({ code: 'invalid_query', path: 'to' });
    expect((await get('/flows?variant=control')).body.error).toMatchObject({ code: 'invalid_query', path: 'experiment' });
    expect((await get('/flows?experiment=a%20b&variant=x')).body.error).toMatchObject({ code: 'invalid_query', path: 'experiment' });
    expect((await get('/flows?flowVersion=0')).body.error).toMatchObject({ code: 'invalid_query', path: 'flowVersion' });
    expect((await get('/flows?env=prod')).body.error).toMatchObject({ code: 'invalid_env' });
    const unknown = await get('/flows/no-such-flow/funnel');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('unknown_flow');
    expect((await get('/flows', 'wm_sk_wrong')).status).toBe(401);
    const anonymous = await fetch(`${server.url}/v1/admin/analytics/flows`);
    expect(anonymous.status).toBe(401);
  });

  it('answers the dashboard (an extension page) across origins', async () => {
    const origin = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(`${server.url}/v1/admin/analytics/experiments`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const response = await fetch(`${server.url}/v1/admin/analytics/experiments`, { headers: { Origin: origin, ...bearer(secretKey) } });
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('guardrails and CUPED named by the experiment are judged on server-side sums; breakdowns by device, trait and flow version', async () => {
    const guarded = { ...SIMULATED_EXPERIMENT, cuped: true, guardrails: [{ metric: 'dismissal_rate' as const }, { metric: 'time_to_goal' as const }, { metric: 'milestone' as const, milestone: 'teammate-invited' }] };
    const bundle = { ...chatly(), experiments: [guarded] };
    await publish(bundle);
    const [report] = (await get('/experiments')).body.experiments;
    const arms = experimentArms(events, guarded);
    const milestoneName = (id: string) => (bundle.milestones!.find((m) => m.id === id)?.name ?? id).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    const expected = analyzeExperiment(arms, { control: 'control', guardrails: guardrailArms(events, guarded, { milestoneName }), cuped: preExposureSums(events, guarded) });
    expect(report.result.arms[1].vsControl.guardrails.map((g: any) => [g.key, g.status])).toEqual(expected.arms[1]!.vsControl!.guardrails.map((g) => [g.key, g.status]));
    expect(report.result.arms[1].vsControl.guardrails.map((g: any) => g.name)).toEqual(['dismissal rate', 'time to goal', 'teammate invited']);
    expect(report.result.inference.cuped.theta).toBeCloseTo(expected.inference.cuped!.theta, 9);
    expect(report.result.arms[1].vsControl.recommendation).toBe(expected.arms[1]!.vsControl!.recommendation);
    // Only sums travel: the report has no per-person rows.
    expect(JSON.stringify(report)).not.toContain('sim-5-');

    const byDevice = await get('/experiments/activation-bar/breakdown?by=device');
    expect(byDevice.body.segments.map((s: any) => ({ segment: s.segment, arms: s.arms }))).toEqual(experimentBreakdown(events, guarded, { by: 'device' }));
    expect(byDevice.body.segments.map((s: any) => s.segment)).toEqual(['desktop', 'phone', 'tablet']);
    expect(byDevice.body.segments[0].result.arms[1].vsControl.verdict).toBeDefined();
    const byPlan = await get(`/experiments/activation-bar/breakdown?by=trait:plan&from=${T0 + DAY}`);
    expect(byPlan.body.segments.map((s: any) => ({ segment: s.segment, arms: s.arms }))).toEqual(experimentBreakdown(events, guarded, { by: 'trait', trait: 'plan' }, { from: T0 + DAY }));
    const variant = { experimentId: 'activation-bar', variant: 'bar-checklist-tour' };
    const flowByVersion = await get('/flows/widget-tour/breakdown?by=version&experiment=activation-bar&variant=bar-checklist-tour');
    expect(flowByVersion.body.segments).toEqual(flowBreakdown(events, 'widget-tour', { by: 'version' }, { env: 'production', flowVersion: 1, variant }));
    const flowByDevice = await get('/flows/widget-tour/breakdown?by=device&flowVersion=1');
    expect(flowByDevice.body.segments).toEqual(flowBreakdown(events, 'widget-tour', { by: 'device' }, { flowVersion: 1 }));
    expect((await get('/experiments/activation-bar/breakdown?by=version')).body.error).toMatchObject({ code: 'invalid_query', path: 'by' });
    expect((await get('/flows/widget-tour/breakdown')).body.error).toMatchObject({ code: 'invalid_query', path: 'by' });
    expect((await get('/flows/widget-tour/breakdown?by=trait:__bad')).body.error).toMatchObject({ code: 'invalid_query', path: 'by' });
  });
});
