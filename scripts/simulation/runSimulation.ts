import { callApi, type ApiConnection } from '../../shared/api/callApi.ts';
import type { Environment } from '../../shared/api/environment.ts';
import type { IngestResult } from '../../shared/api/responses.ts';
import { startProgress } from '../../server/cli/progress.ts';
import { experimentArms } from '../../shared/analytics/experimentArms.ts';
import { holdoutArms, type HoldoutArms } from '../../shared/analytics/holdoutArms.ts';
import { analyzeHoldout } from '../../shared/stats/analyzeHoldout.ts';
import type { Bundle } from '../../shared/schema/bundle.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import type { Experiment } from '../../shared/schema/experiment.ts';
import { analyzeExperiment, type ExperimentResult } from '../../shared/stats/analyzeExperiment.ts';
import { generateTraffic, type TrafficOptions } from './generateTraffic.ts';
import { SIMULATED_EXPERIMENT, withSimulation } from './simulationBundle.ts';

export interface SimulationOptions extends Omit<TrafficOptions, 'experiment'> {
  /** Server origin, e.g. http://127.0.0.1:4400 */
  server: string;
  /** Public key: events go through the SDK's endpoint. */
  publicKey: string;
  /** Secret key: publishes the experiment; omit to send events only. */
  secretKey?: string;
  /** The environment the experiment is published to and the events are recorded in. Default production. */
  env?: Environment;
  /** Parallel event requests. Default 4. */
  concurrency?: number;
  log?: (line: string) => void;
}

export interface SimulationReport {
  events: EventEnvelope[];
  accepted: number;
  duplicates: number;
  release: number | null;
  experiment: Experiment;
  result: ExperimentResult;
  /** The global holdout against everyone else onboarding reached (the experiment's goal and window), when there is one. */
  holdout: { arms: HoldoutArms; result: ExperimentResult } | null;
}

const BATCH = 500;
const DAY = 86_400_000;

/** Sends events through the public events API in batches, a few requests at a time, recorded in `env` (as an SDK with that `server.env`). */
export async function sendEvents(server: string, publicKey: string, events: readonly EventEnvelope[], concurrency = 4, env: Environment = 'production'): Promise<IngestResult> {
  const batches: EventEnvelope[][] = [];
  for (let i = 0; i < events.length; i += BATCH) batches.push(events.slice(i, i + BATCH));
  let accepted = 0;
  let duplicates = 0;
  let next = 0;
  const progress = startProgress({ label: 'sent', unit: 'events', total: events.length });
  const worker = async () => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const counts = await callApi({ baseUrl: server, fetch: retryingFetch }, 'postEvents', { params: { publicKey }, query: { env }, body: { events: batch } });
      accepted += counts.accepted;
      duplicates += counts.duplicates;
      progress.advance(batch.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  progress.finish(`${accepted} accepted, ${duplicates} duplicates`);
  return { accepted, duplicates };
}

/** Network failures worth another try: the socket closed or reset (a pooled keep-alive connection gone stale), a refused or timed-out connect. */
const isNetworkError = (error: unknown) => error instanceof TypeError && /fetch failed|other side closed|socket|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE/i.test(`${error.message} ${String((error as { cause?: unknown }).cause ?? '')}`);

/**
 * `fetch`, retried on 429 (after Retry-After) and on network errors (with backoff, up to 6
 * tries): event batches are idempotent by event id, so a batch the server stored before the
 * connection dropped only comes back as duplicates.
 */
export async function retryingFetch(url: string, init: RequestInit, attempt = 0): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (!isNetworkError(error) || attempt >= 5) throw error;
    await new Promise((done) => setTimeout(done, 100 * 2 ** attempt));
    return retryingFetch(url, init, attempt + 1);
  }
  if (response.status === 429 && attempt < 20) {
    await new Promise((done) => setTimeout(done, Number(response.headers.get('retry-after') ?? 1) * 1000));
    return retryingFetch(url, init, attempt + 1);
  }
  return response;
}

/** retryingFetch that throws on a refusal, with the status and the server's answer. */
export async function request(url: string, init: RequestInit): Promise<Response> {
  const response = await retryingFetch(url, init);
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response;
}

/** Adds the experiment, journey milestones and survey flows to what `env` has published, and publishes that. */
export async function publishSimulation(server: string, secretKey: string, env: Environment, change: (bundle: Bundle) => Bundle = withSimulation): Promise<number> {
  const admin: ApiConnection = { baseUrl: server, secretKey, fetch: retryingFetch };
  const { releases } = await callApi(admin, 'listReleases', {});
  const current = releases.find((r) => r.environments.includes(env));
  const base = current ? await callApi(admin, 'getRelease', { params: { version: current.version } }) : await callApi(admin, 'getDraft', {});
  const bundle = change(base);
  await callApi(admin, 'putDraft', { body: bundle });
  const published = await callApi(admin, 'publishRelease', { body: { env, bundle, note: `simulation: experiment ${SIMULATED_EXPERIMENT.key}` } });
  return published.version;
}

/** Generates the traffic, publishes the experiment (with a secret key) and sends every event through the public events API. */
/** The admin API's experiment results (what the dashboard shows). */
export async function fetchExperimentResults(server: string, secretKey: string, env: Environment = 'production'): Promise<Array<{ experiment: Experiment; result: ExperimentResult }>> {
  return (await callApi({ baseUrl: server, secretKey, fetch: retryingFetch }, 'experimentsReport', { query: { env } })).experiments;
}

export async function runSimulation(options: SimulationOptions): Promise<SimulationReport> {
  const { server, publicKey, secretKey, env = 'production', concurrency = 4, log = () => {} } = options;
  const holdout = options.holdout;
  const release = secretKey ? await publishSimulation(server, secretKey, env, (bundle) => withSimulation(bundle, SIMULATED_EXPERIMENT, holdout)) : null;
  if (release !== null) log(`published release ${release} to ${env} with experiment "${SIMULATED_EXPERIMENT.key}"${holdout ? ` and a ${holdout.share * 100}% global holdout` : ''}`);
  const events = generateTraffic({ ...options, experiment: SIMULATED_EXPERIMENT });
  const { accepted, duplicates } = await sendEvents(server, publicKey, events, concurrency, env);
  log(`sent ${events.length} events for ${options.users} users to ${env}: ${accepted} accepted, ${duplicates} duplicates`);
  const result = analyzeExperiment(experimentArms(events, SIMULATED_EXPERIMENT), { control: 'control' });
  const held = holdout ? holdoutArms(events, { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY }) : null;
  return { events, accepted, duplicates, release, experiment: SIMULATED_EXPERIMENT, result, holdout: holdout && held ? { arms: held, result: analyzeHoldout(held, holdout.share) } : null };
}
