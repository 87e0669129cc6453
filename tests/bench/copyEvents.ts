/**
 * The scale bench's fill on Postgres: simulated traffic (the simulator's shapes) streamed straight
 * into `events` with COPY, no facts; `waymark rebuild-facts` then derives them, as after a restore.
 * Ingest with facts is measured on its own (tests/bench/reports.ts), so this only has to be fast.
 */
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { startProgress } from '../../server/cli/progress.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';

const DAY = 86_400_000;
/** About what generateTraffic makes per simulated person. */
export const EVENTS_PER_USER = 16;
const USERS_PER_CHUNK = 2000;
const COLUMNS = 'id, project_id, type, ts, user_id, anonymous_id, session_id, flow_id, flow_version, step_id, experiment_id, variant, props, received_at, env, user_verified';

/** A value in COPY's text format: `\N` for null; backslash, tab, newline and carriage return escaped. */
function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function row(projectId: string, e: EventEnvelope): string {
  return [e.id, projectId, e.type, e.ts, e.userId, e.anonymousId, e.sessionId, e.flowId, e.flowVersion, e.stepId, e.experimentId, e.variant, JSON.stringify(e.props ?? {}), e.ts, 'production', 'f'].map(field).join('\t') + '\n';
}

/** The traffic of `users` people, 2,000 at a time (memory stays flat), signing up over 14 days from `start`. */
async function* trafficRows(projectId: string, users: number, start: number, seed: number, advance: (n: number) => void): AsyncGenerator<string> {
  for (let first = 0; first < users; first += USERS_PER_CHUNK) {
    const traffic = generateTraffic({ users: Math.min(USERS_PER_CHUNK, users - first), seed: seed * 100_003 + first, start: start + Math.floor((first / users) * 14) * DAY, days: 1, holdout: SIMULATED_HOLDOUT });
    let chunk = '';
    for (const event of traffic) chunk += row(projectId, event);
    advance(traffic.length);
    yield chunk;
  }
}

/** COPYs about `events` simulated events of one project into `events`; returns how many and the people's count. */
export async function copyEvents(url: string, projectId: string, events: number, { start = Math.floor((Date.now() - 28 * DAY) / DAY) * DAY, seed = 1 } = {}): Promise<{ stored: number; users: number }> {
  const users = Math.max(100, Math.round(events / EVENTS_PER_USER));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const progress = startProgress({ label: 'generated and copied', unit: 'events', total: users * EVENTS_PER_USER });
  let stored = 0;
  try {
    await pipeline(
      Readable.from(trafficRows(projectId, users, start, seed, (n) => {
        stored += n;
        progress.advance(n);
      })),
      client.query(copyFrom(`copy events (${COLUMNS}) from stdin`)),
    );
  } finally {
    progress.finish();
    await client.end();
  }
  return { stored, users };
}
