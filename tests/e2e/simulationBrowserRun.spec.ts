import { expect, test, type Browser } from '@playwright/test';
import * as z from 'zod/mini';
import { experimentArms } from '../../shared/analytics/experimentArms.ts';
import { HOLDOUT_EXPERIMENT_ID, holdoutArms } from '../../shared/analytics/holdoutArms.ts';
import { assignVariant } from '../../shared/experiment/assignVariant.ts';
import { inHoldout } from '../../shared/experiment/inHoldout.ts';
import { EventEnvelope } from '../../shared/schema/event.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { publishSimulation } from '../../scripts/simulation/runSimulation.ts';
import { SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT, withSimulation } from '../../scripts/simulation/simulationBundle.ts';
import { startServer, type RunningServer } from '../../server/startServer.ts';
import { sdk, sdkReady } from './support/sdk.ts';

/**
 * The smaller run of the simulation (issue 7): real Chromium users go through the Chatly demo
 * with the simulation's experiment and holdout published, and what the server stored from the
 * SDK is held against what the simulator sends for the same journey.
 */
const DAY = 86_400_000;
const HOLDOUT = { ...SIMULATED_HOLDOUT, share: 0.2 };
const GOAL = SIMULATED_EXPERIMENT.goal;
const ENVELOPE_FIELDS = ['userId', 'flowId', 'flowVersion', 'stepId', 'experimentId', 'variant'] as const;

interface Stored {
  id: string;
  type: string;
  ts: number;
  userId?: string;
  anonymousId: string;
  sessionId: string;
  flowId?: string;
  flowVersion?: number;
  stepId?: string;
  experimentId?: string;
  variant?: string;
  props: Record<string, unknown>;
  verified: boolean;
  env: 'production' | 'staging';
  receivedAt: number;
}

interface BrowserUser {
  id: string;
  group: 'control' | 'bar-checklist-tour' | 'holdout';
  /** Whether this user goes on to connect the chatbot (the goal). */
  connects: boolean;
}

/** Deterministic user ids: three per arm, one in the holdout; the goal for some of each. */
function chooseUsers(run: string): BrowserUser[] {
  const users: BrowserUser[] = [];
  const want = { control: 3, 'bar-checklist-tour': 3, holdout: 1 };
  for (let i = 0; users.length < 7; i++) {
    const id = `browser-${run}-${i}@acme-shoes.example`;
    const group = inHoldout(HOLDOUT, id) ? 'holdout' : (assignVariant(SIMULATED_EXPERIMENT, id) as BrowserUser['group']);
    if (users.filter((u) => u.group === group).length >= want[group]) continue;
    const inGroup = users.filter((u) => u.group === group).length;
    users.push({ id, group, connects: group === 'bar-checklist-tour' ? inGroup < 2 : inGroup === 0 });
  }
  return users;
}

/** What a product manager's user does: opens the dashboard, and maybe connects the chatbot (from the bar, when shown). */
async function journey(browser: Browser, baseURL: string, user: BrowserUser): Promise<void> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  try {
    await page.goto(`/?user=${encodeURIComponent(user.id)}`);
    await sdkReady(page);
    const { bar } = sdk(page);
    if (user.group === 'bar-checklist-tour') {
      await expect(bar).toBeVisible();
      await bar.getByRole('button', { name: user.connects ? 'Connect your chatbot' : 'Later' }).click();
      await expect(bar).toHaveCount(0);
    } else {
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
      await expect(bar).toHaveCount(0);
    }
    if (user.connects) {
      if (user.group !== 'bar-checklist-tour') await page.getByRole('link', { name: 'Integrations' }).first().click();
      await expect(page).toHaveURL(/\/integrations$/);
      await page.getByTestId('connect-chatbot').click();
      await expect(page.getByTestId('connect-chatbot')).toHaveText(/Connected/);
      const survey = page.locator('waymark-root [data-wm-kind="survey"]');
      if (user.group === 'holdout') {
        await expect(survey).toHaveCount(0);
      } else {
        await survey.getByRole('radio', { name: '9', exact: true }).click();
        await survey.getByRole('button', { name: 'Send' }).click();
        await expect(survey.getByRole('status')).toContainText('Thanks');
      }
    }
    await page.evaluate(() => (window as any).waymark.flush());
  } finally {
    await context.close();
  }
}

async function exportEvents(server: RunningServer): Promise<Stored[]> {
  const response = await fetch(`${server.url}/v1/admin/events?limit=10000`, { headers: { Authorization: 'Bearer wm_sk_demo' } });
  expect(response.status).toBe(200);
  return ((await response.json()) as { events: Stored[] }).events;
}

/** An event's shape: which envelope fields it has, and its props' keys with their value types. */
function shape(event: { props: Record<string, unknown> } & Partial<Record<(typeof ENVELOPE_FIELDS)[number], unknown>>): string {
  const fields = ENVELOPE_FIELDS.filter((f) => event[f] !== undefined);
  const props = Object.keys(event.props).sort().map((k) => `${k}:${typeof event.props[k]}`);
  return `${fields.join(',')} | ${props.join(',')}`;
}

// One server with the simulation published, shared by both tests.
test.describe.configure({ mode: 'serial' });

let server: RunningServer;

test.beforeAll(async () => {
  server = await startServer({ port: 0, database: { dataDir: 'memory://' }, seedDemo: true, log: () => {} });
  await publishSimulation(server.url, 'wm_sk_demo', 'production', (bundle) => withSimulation(bundle, SIMULATED_EXPERIMENT, HOLDOUT));
});

test.afterAll(async () => {
  await server?.close();
});

test('real Chromium users through the demo send what the simulator sends for the same journey', async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const started = Date.now();
  const users = chooseUsers('r1');
  for (const user of users) await journey(browser, server.url, user);
  const ids = new Set(users.map((u) => u.id));
  let stored: Stored[] = [];
  await expect
    .poll(async () => {
      stored = (await exportEvents(server)).filter((e) => e.userId !== undefined && ids.has(e.userId));
      return stored.filter((e) => e.type === 'experiment_exposure').length;
    }, { timeout: 15_000 })
    .toBe(users.length);
  const browserMs = Date.now() - started;

  // Every stored event is a valid envelope (plus what the server adds: receipt time, verified), recorded in production.
  for (const { receivedAt: _r, verified: _v, env, ...event } of stored) {
    expect(env).toBe('production');
    expect(z.safeParse(EventEnvelope, event).success, `${event.type} ${JSON.stringify(event)}`).toBe(true);
  }

  // One exposure per user and experiment, control and holdout too, in the arm shared/experiment assigns.
  for (const user of users) {
    const exposures = stored.filter((e) => e.userId === user.id && e.type === 'experiment_exposure');
    expect(exposures, user.id).toHaveLength(1);
    if (user.group === 'holdout') {
      expect(exposures[0]).toMatchObject({ experimentId: HOLDOUT_EXPERIMENT_ID, variant: 'holdout' });
      expect(stored.some((e) => e.userId === user.id && e.flowId !== undefined)).toBe(false);
    } else {
      expect(exposures[0]).toMatchObject({ experimentId: SIMULATED_EXPERIMENT.key, variant: assignVariant(SIMULATED_EXPERIMENT, user.id) });
    }
    const shownBar = stored.some((e) => e.userId === user.id && e.type === 'flow_started' && e.flowId === 'connect-bar');
    expect(shownBar, user.id).toBe(user.group === 'bar-checklist-tour');
  }

  // The simulator's events for the same journey have the same types and shapes, flow by flow.
  const simulated = generateTraffic({ users: 300, seed: 1, start: Date.UTC(2026, 0, 5), holdout: HOLDOUT });
  const kind = (e: { type: string; flowId?: string }) => `${e.type}${e.flowId ? ` (${e.flowId})` : ''}`;
  const simulatedShapes = new Map<string, Set<string>>();
  for (const e of simulated) simulatedShapes.set(kind(e), (simulatedShapes.get(kind(e)) ?? new Set()).add(shape(e)));
  const mismatches = stored.filter((e) => !simulatedShapes.get(kind(e))?.has(shape(e))).map((e) => `${kind(e)}: ${shape(e)}`);
  expect([...new Set(mismatches)]).toEqual([]);
  if (process.env.BROWSER_RUN_SHAPES) console.log([...new Set(stored.map((e) => `${kind(e)}: ${shape(e)}`))].sort().join('\n'));
  const journeyTypes = ['experiment_exposure', 'flow_started', 'step_shown', 'flow_completed', 'flow_dismissed', 'milestone_reached', 'integration_connected', 'survey_answered'];
  expect([...new Set(stored.map((e) => e.type))].filter((t) => journeyTypes.includes(t)).sort()).toEqual([...journeyTypes].sort());

  // The experiment and holdout reports count the browser users as the pure functions do, and as the journeys went.
  const report = await fetch(`${server.url}/v1/admin/analytics/experiments/${SIMULATED_EXPERIMENT.key}`, { headers: { Authorization: 'Bearer wm_sk_demo' } }).then((r) => r.json() as Promise<any>);
  const expected = SIMULATED_EXPERIMENT.variants.map((v) => {
    const arm = users.filter((u) => u.group === v.key);
    return { key: v.key, exposed: arm.length, converted: arm.filter((u) => u.connects).length, weight: v.weight };
  });
  expect(report.arms).toEqual(expected);
  expect(experimentArms(stored, SIMULATED_EXPERIMENT)).toEqual(expected);
  const holdout = await fetch(`${server.url}/v1/admin/analytics/holdout`, { headers: { Authorization: 'Bearer wm_sk_demo' } }).then((r) => r.json() as Promise<any>);
  const heldArms = holdoutArms(stored, { goal: GOAL, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY });
  expect(holdout.arms).toEqual(heldArms);
  expect(heldArms.holdout).toEqual({ exposed: 1, converted: 1 });
  expect(heldArms.onboarding).toEqual({ exposed: 6, converted: users.filter((u) => u.group !== 'holdout' && u.connects).length });

  testInfo.annotations.push({ type: 'browser run', description: `${users.length} users, ${stored.length} events stored, ${(browserMs / 1000).toFixed(1)} s` });
  console.log(`browser run: ${users.length} users, ${stored.length} events stored, ${(browserMs / 1000).toFixed(1)} s`);
});

test('an SDK with server.env staging records its events in staging', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  await page.goto('/hostile/blank');
  await page.waitForFunction(() => (window as any).Waymark !== undefined);
  await page.evaluate(async (url) => {
    const w = (window as any).Waymark.init({ userId: 'staging-tester', dbName: 'staging-run', server: { url, publicKey: 'wm_pk_demo', env: 'staging' } });
    await w.ready;
    w.track('staging_check', { n: 1 });
    await w.flush();
  }, server.url);
  await expect.poll(async () => (await exportEvents(server)).find((e) => e.type === 'staging_check')?.env, { timeout: 10_000 }).toBe('staging');
  await context.close();
});
