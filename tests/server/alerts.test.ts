import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { WebhookDispatcher } from '../../server/alerts/WebhookDispatcher.ts';
import { createEndpoint, listDeliveries, queueDeliveries } from '../../server/alerts/webhookStore.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';
import { experiment as experimentFixture } from '../support/fixtures/experiment.ts';

// The receiver listens on loopback, which the SSRF guard refuses unless this is set.
process.env.WAYMARK_WEBHOOKS_ALLOW_PRIVATE = '1';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
}

/** A local webhook receiver: records every request; answers `failures[path]` times with that status first. */
const received: Received[] = [];
const failures = new Map<string, { status: number; times: number }>();
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ headers: req.headers, body, path: req.url! });
    const failure = failures.get(req.url!);
    if (failure && failure.times-- > 0) return void res.writeHead(failure.status).end('nope');
    res.writeHead(204).end();
  });
});
let receiverUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

const at = (path: string) => received.filter((r) => r.path === path);
async function until(condition: () => boolean, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const demo = JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8'));
const tourVersion: number = demo.flows.find((f: { id: string }) => f.id === 'widget-tour').version;

function stepEvent(type: 'step_shown' | 'anchor_missing', user: string, stepId: string) {
  return { id: uuidv7(), type, ts: Date.now(), anonymousId: user, sessionId: `s-${user}`, flowId: 'widget-tour', flowVersion: tourVersion, stepId, props: {} };
}

describeEachDatabase('anchor health and webhooks', (server) => {
  async function setUp(path: string, events?: string[]) {
    const { project, secretKey } = await server.project();
    const admin = (p: string, init: RequestInit = {}) => fetch(`${server.url}/v1/admin${p}`, { ...init, headers: { ...init.headers, ...bearer(secretKey) } });
    const created = await admin('/webhooks', json({ url: `${receiverUrl}${path}`, ...(events ? { events } : {}) }));
    expect(created.status).toBe(201);
    const endpoint = (await created.json()) as { id: string; secret: string };
    const send = (batch: unknown[]) => fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: batch })).then((r) => expect(r.status).toBe(200));
    return { project, admin, endpoint, send };
  }

  it('missing anchors past the threshold raise exactly one signed webhook per endpoint, and one recovery once the step heals', async () => {
    const broken = `/broken-${server.kind}`;
    const all = `/all-${server.kind}`;
    const { project, admin, endpoint, send } = await setUp(broken, ['anchor.broken', 'anchor.recovered']);
    expect((await admin('/webhooks', json({ url: `${receiverUrl}${all}` }))).status).toBe(201);
    expect((await admin('/anchor-health/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ windowMs: 1500, threshold: 0.2, minUsers: 5 }) })).status).toBe(200);
    expect((await admin('/releases', json({ env: 'production', bundle: demo }))).status).toBe(201);
    await until(() => at(all).length === 1);
    expect(JSON.parse(at(all)[0]!.body)).toMatchObject({ type: 'release.published', text: `Waymark: release 1 of ${project.name} was published to production.` });

    // Ten users reach step 3; its element is missing for six of them. More batches keep it broken: still one alert.
    const users = Array.from({ length: 10 }, (_, i) => `anon-${server.kind}-${i}`);
    await send(users.map((u, i) => stepEvent(i < 4 ? 'step_shown' : 'anchor_missing', u, 'position')));
    await until(() => at(broken).length === 1);
    for (const late of ['late-1', 'late-2', 'late-3']) {
      await send([stepEvent('anchor_missing', late, 'position')]);
      await sleep(60);
    }
    await sleep(300);
    expect(at(broken)).toHaveLength(1);

    const alert = at(broken)[0]!;
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(alert.headers['x-waymark-signature']))!;
    expect(createHmac('sha256', endpoint.secret).update(`${t}.${alert.body}`).digest('hex')).toBe(v1);
    expect(alert.headers['x-waymark-event']).toBe('anchor.broken');
    const body = JSON.parse(alert.body);
    expect(body).toMatchObject({ type: 'anchor.broken', project: { id: project.id }, data: { env: 'production', flowId: 'widget-tour', stepId: 'position', stepNumber: 3, users: 10, missing: 6 } });
    expect(body.text).toBe(`:warning: Waymark: step 3 "position" of flow "Customise your widget" (widget-tour v${tourVersion}, release 1) is broken in production: its element was missing for 6 of 10 users (60%) in the last 2 s. Run \`waymark check\` against your build to see which anchor stopped matching.`);
    expect(await admin('/anchor-health').then((r) => r.json())).toMatchObject({ broken: [{ env: 'production', flowId: 'widget-tour', stepId: 'position', missing: 6, users: 10 }] });

    // After the window has passed, the step is found for everyone again.
    await sleep(1600);
    await send(users.map((u) => stepEvent('step_shown', u, 'position')));
    await until(() => at(broken).length === 2);
    expect(JSON.parse(at(broken)[1]!.body)).toMatchObject({ type: 'anchor.recovered', text: expect.stringContaining('recovered in production: its element was missing for 0 of 10 users (0%)') });
    await sleep(300);
    expect(at(broken)).toHaveLength(2);
    expect(at(all).map((r) => JSON.parse(r.body).type)).toEqual(['release.published', 'anchor.broken', 'anchor.recovered']);
    expect(await admin('/anchor-health').then((r) => r.json())).toMatchObject({ broken: [] });
  }, 30_000);

  it('a receiver that fails is retried with backoff until it answers, and every attempt is in the delivery log', async () => {
    const flaky = `/flaky-${server.kind}`;
    const down = `/down-${server.kind}`;
    failures.set(flaky, { status: 503, times: 2 });
    failures.set(down, { status: 500, times: 99 });
    const { admin } = await setUp(flaky, ['release.published']);
    expect((await admin('/webhooks', json({ url: `${receiverUrl}${down}`, events: ['release.published'] }))).status).toBe(201);
    expect((await admin('/releases', json({ env: 'staging', bundle: demo }))).status).toBe(201);
    await until(() => at(flaky).length === 3 && at(down).length === 3);
    expect(new Set(at(flaky).map((r) => r.headers['x-waymark-delivery'])).size).toBe(1);
    await until(() => false, 300).catch(() => {});
    const { deliveries } = await admin('/webhook-deliveries').then((r) => r.json());
    const byStatus = Object.fromEntries(deliveries.map((d: { status: string }) => [d.status, d]));
    expect(byStatus.delivered).toMatchObject({ type: 'release.published', attempts: 3, lastStatusCode: 204, lastError: null, deliveredAt: expect.any(Number) });
    expect(byStatus.failed).toMatchObject({ type: 'release.published', attempts: 3, lastStatusCode: 500, lastError: 'the receiver answered 500', nextAttemptAt: null });
  }, 30_000);

  it('an experiment whose split does not match its weights raises one sample-ratio-mismatch webhook', async () => {
    const path = `/experiments-${server.kind}`;
    const { admin, send } = await setUp(path, ['experiment.sample_ratio_mismatch', 'experiment.sample_reached', 'experiment.significant']);
    const experiment = experimentFixture({ key: 'tour-vs-none', name: 'Tour or nothing', seed: 's', arm: 'tour', flowId: 'widget-tour', goal: demo.milestones[0].id, attributionDays: 7, status: 'running' });
    expect((await admin('/releases', json({ env: 'production', bundle: { ...demo, experiments: [experiment] } }))).status).toBe(201);
    const exposure = (i: number, variant: string) => ({ id: uuidv7(), type: 'experiment_exposure', ts: Date.now(), anonymousId: `x-${server.kind}-${i}`, sessionId: 's', experimentId: experiment.key, variant, props: {} });
    await send(Array.from({ length: 60 }, (_, i) => exposure(i, i < 50 ? 'control' : 'tour')));
    await until(() => at(path).length === 1);
    await send([exposure(100, 'control')]);
    await sleep(300);
    expect(at(path)).toHaveLength(1);
    expect(JSON.parse(at(path)[0]!.body)).toMatchObject({
      type: 'experiment.sample_ratio_mismatch',
      text: expect.stringMatching(/^:warning: Waymark: experiment "Tour or nothing" has a sample-ratio mismatch \(control 50, tour 10 users, p = /),
      data: { experimentKey: 'tour-vs-none', arms: [{ key: 'control', exposed: 50 }, { key: 'tour', exposed: 10 }] },
    });
  });

  it('an experiment that reaches its sample with a clear winner raises one sample-reached and one significant webhook', async () => {
    const path = `/winner-${server.kind}`;
    const { admin, send } = await setUp(path, ['experiment.sample_ratio_mismatch', 'experiment.sample_reached', 'experiment.significant']);
    const experiment = experimentFixture({ key: 'tour-wins', name: 'Tour wins', seed: 's', arm: 'tour', flowId: 'widget-tour', goal: demo.milestones[0].id, attributionDays: 7, status: 'running' });
    expect((await admin('/releases', json({ env: 'production', bundle: { ...demo, experiments: [experiment] } }))).status).toBe(201);
    const user = (i: number) => `w-${server.kind}-${i}`;
    const t = Date.now();
    const batch: unknown[] = [];
    // 200 per arm, evenly split; 15% of control and 70% of the tour's users reach the goal after exposure.
    for (let i = 0; i < 400; i++) {
      const variant = i % 2 === 0 ? 'control' : 'tour';
      batch.push({ id: uuidv7(), type: 'experiment_exposure', ts: t, anonymousId: user(i), sessionId: 's', experimentId: experiment.key, variant, props: {} });
      const converts = variant === 'control' ? i % 20 < 3 : i % 20 < 14;
      if (converts) batch.push({ id: uuidv7(), type: 'milestone_reached', ts: t + 1000, anonymousId: user(i), sessionId: 's', props: { milestone: experiment.goal } });
    }
    for (let i = 0; i < batch.length; i += 100) await send(batch.slice(i, i + 100));
    await until(() => at(path).length === 2);
    await send([{ id: uuidv7(), type: 'experiment_exposure', ts: t + 2000, anonymousId: user(1000), sessionId: 's', experimentId: experiment.key, variant: 'control', props: {} }]);
    await sleep(300);
    const bodies = at(path).map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual(['experiment.sample_reached', 'experiment.significant']);
    expect(bodies.find((b) => b.type === 'experiment.significant')).toMatchObject({
      text: expect.stringMatching(/^Waymark: experiment "Tour wins": variant tour does better than control, significantly/),
      data: { experimentKey: 'tour-wins', variant: 'tour', verdict: 'better' },
    });
    expect(bodies.find((b) => b.type === 'experiment.sample_reached').text).toMatch(/has the sample it needs in every arm/);
  });

  it('a delivery left pending by a stopped server is sent by the next one', async () => {
    const path = `/restart-${server.kind}`;
    const { project } = await server.project();
    await createEndpoint(server.db, project.id, `${receiverUrl}${path}`, []);
    const [id] = await queueDeliveries(server.db, project.id, 'release.published', '{"type":"release.published","text":"left over"}');
    const next = new WebhookDispatcher(server.db);
    try {
      await next.sweep();
      await until(() => at(path).length === 1);
      expect(at(path)[0]!.headers['x-waymark-delivery']).toBe(id);
      await until(() => false, 200).catch(() => {});
      expect((await listDeliveries(server.db, project.id, 10))[0]).toMatchObject({ id, status: 'delivered', attempts: 1 });
    } finally {
      next.close();
    }
  });

  it('refuses webhook URLs on private addresses unless allowed, and bad settings naming the field', async () => {
    const { admin } = await setUp('/ok');
    process.env.WAYMARK_WEBHOOKS_ALLOW_PRIVATE = '';
    try {
      for (const url of ['http://127.0.0.1:9/hook', 'http://169.254.169.254/latest/meta-data', 'http://[::1]/x', 'http://10.1.2.3/x', 'http://[::ffff:192.168.0.1]/x']) {
        const refused = await admin('/webhooks', json({ url }));
        expect(refused.status, url).toBe(400);
        expect((await refused.json()).error.message, url).toMatch(/^url: the host .+ is a private or loopback address/);
      }
    } finally {
      process.env.WAYMARK_WEBHOOKS_ALLOW_PRIVATE = '1';
    }
    const ftp = await admin('/webhooks', json({ url: 'ftp://example.com/x' }));
    expect((await ftp.json()).error.message).toBe('url: must be an http or https URL');
    const settings = await admin('/anchor-health/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ windowMs: 10, threshold: 2, minUsers: 5 }) });
    expect(settings.status).toBe(400);
    expect((await settings.json()).error.issues).toEqual(['windowMs: must be at least 1000', 'threshold: must be at most 1']);
    expect(await admin('/anchor-health').then((r) => r.json())).toEqual({ settings: { windowMs: 3_600_000, threshold: 0.2, minUsers: 20 }, broken: [] });
  });
}, { alerts: { evaluateDelayMs: 20, retryBaseMs: 150, maxAttempts: 3, experimentIntervalMs: 0 } });
