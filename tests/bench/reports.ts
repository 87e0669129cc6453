/**
 * Reports at volume (`npm run bench -- --only=reports [--events=N | --postgres-events=N --pglite-events=N]
 * [--db=postgres,pglite] [--fill=copy|ingest] [--runs=20] [--raw-runs=3] [--keep] [--counts-ingest=ROUNDS] [--reports=NAME,…]`): simulated traffic (the
 * simulator's shapes), on Postgres by default COPYed straight into `events` and the facts then
 * rebuilt with rebuild-facts (timed, with the peak RSS), on PGlite stored through the ingest path
 * (facts maintained as in production); then every dashboard report timed warm, p50/p95, beside
 * the raw-event SQL the server used before facts (tests/bench/rawReports) as a ratio, and for the
 * reports the flow counts answer (migration 016) the same report on person_flow_touches; and ingest
 * with facts, 4 clients, while reports run. `--counts-ingest=ROUNDS` instead times ingest with the
 * flow counts' triggers on and off in turn. `--reports=surveys,funnel` times only the reports whose names start so. Not asserted: timings depend on the machine.
 */
import { performance } from 'node:perf_hooks';
import type { Db, Queryable } from '../../server/db/Db.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openPglite } from '../../server/db/openPglite.ts';
import { openPostgres } from '../../server/db/openPostgres.ts';
import { startProgress } from '../../server/cli/progress.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import * as facts from '../../server/store/analytics/reports.ts';
import { scopedEvents as rawEvents } from './rawReports/scopedEvents.ts';
import { flowTouchRows } from '../../server/store/analytics/scopedFlowFacts.ts';
import { createProject } from '../../server/store/projects.ts';
import { ensureEventPartitions } from '../../server/store/eventPartitions.ts';
import { copyEvents, EVENTS_PER_USER } from './copyEvents.ts';
import { reportSession } from '../../server/store/analytics/reportSession.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { JOURNEY_MILESTONES, SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { findPostgresBin, startPostgresCluster } from '../server/support/postgresCluster.ts';
import { ms, printTable } from './printTable.ts';
import { experimentArmsSql } from './rawReports/experimentArmsSql.ts';
import { goalConversionSql } from './rawReports/goalConversionSql.ts';
import { holdoutArmsSql } from './rawReports/holdoutArmsSql.ts';
import { journeyMapSql } from './rawReports/journeyMapSql.ts';
import { timeToMilestoneSql } from './rawReports/timeToMilestoneSql.ts';

const DAY = 86_400_000;
const TOUR = ['open-widget', 'colour', 'position', 'greeting', 'preview'];
const ITEMS = ['connect', 'customise', 'invite', 'snippet'];
const MILESTONES = [
  { id: 'integration-connected', name: 'Integration connected', stage: 'activation' as const, reachedBy: [{ type: 'event' as const, name: 'integration_connected' }] },
  { id: 'teammate-invited', name: 'Teammate invited', stage: 'adoption' as const, reachedBy: [{ type: 'event' as const, name: 'teammate_invited' }] },
  ...JOURNEY_MILESTONES,
];

type Report = (db: Queryable, projectId: string, from: number) => Promise<unknown>;
interface ReportPair {
  name: string;
  facts: Report;
  /** The raw-event SQL of before the facts, for the reports that had one. */
  raw?: Report;
  /** The same report reading a row per person from person_flow_touches, for those the flow counts answer (before migration 016); for the surveys, every answer from the events (before migration 017). */
  rows?: Report;
}

const GUARDED = { ...SIMULATED_EXPERIMENT, guardrails: [{ metric: 'dismissal_rate' as const }, { metric: 'time_to_goal' as const }, { metric: 'milestone' as const, milestone: 'teammate-invited' }] };
const holdout = { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * DAY };
const variant = { experimentId: SIMULATED_EXPERIMENT.key, variant: 'bar-checklist-tour' };
export const REPORTS: ReportPair[] = [
  { name: 'experiment', facts: (db, p) => facts.experimentArmsSql(db, p, SIMULATED_EXPERIMENT, { env: 'production' }), raw: (db, p) => experimentArmsSql(db, p, SIMULATED_EXPERIMENT, { env: 'production' }) },
  { name: 'holdout', facts: (db, p) => facts.holdoutArmsSql(db, p, { ...holdout, env: 'production' }), raw: (db, p) => holdoutArmsSql(db, p, { ...holdout, env: 'production' }) },
  { name: 'flows (totals)', facts: (db, p) => facts.flowTotalsSql(db, p, { env: 'production' }), raw: (db, p) => facts.flowTotalsSql(db, p, { env: 'production' }, rawEvents), rows: (db, p) => facts.flowTotalsSql(db, p, { env: 'production' }, flowTouchRows) },
  { name: 'flows (totals), all environments', facts: (db, p) => facts.flowTotalsSql(db, p), rows: (db, p) => facts.flowTotalsSql(db, p, {}, flowTouchRows) },
  { name: 'funnel', facts: (db, p) => facts.flowFunnelSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }), raw: (db, p) => facts.flowFunnelSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }, rawEvents), rows: (db, p) => facts.flowFunnelSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }, flowTouchRows) },
  { name: 'funnel, variant + last 7 days', facts: (db, p, from) => facts.flowFunnelSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production', variant, from } }), raw: (db, p, from) => facts.flowFunnelSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production', variant, from } }, rawEvents) },
  { name: 'goal conversion', facts: (db, p) => facts.goalConversionSql(db, p, 'widget-tour', 'integration-connected', { filter: { env: 'production' } }), raw: (db, p) => goalConversionSql(db, p, 'widget-tour', 'integration-connected', { filter: { env: 'production' } }) },
  { name: 'checklist', facts: (db, p) => facts.checklistCompletionSql(db, p, 'activation-checklist', { items: ITEMS, filter: { env: 'production' } }), raw: (db, p) => facts.checklistCompletionSql(db, p, 'activation-checklist', { items: ITEMS, filter: { env: 'production' } }, rawEvents), rows: (db, p) => facts.checklistCompletionSql(db, p, 'activation-checklist', { items: ITEMS, filter: { env: 'production' } }, flowTouchRows) },
  { name: 'anchor-missing rates', facts: (db, p) => facts.anchorMissingSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }), raw: (db, p) => facts.anchorMissingSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }, rawEvents), rows: (db, p) => facts.anchorMissingSql(db, p, 'widget-tour', { steps: TOUR, filter: { env: 'production' } }, flowTouchRows) },
  { name: 'anchor-missing rates, flow version 1', facts: (db, p) => facts.anchorMissingSql(db, p, 'widget-tour', { steps: TOUR, filter: { flowVersion: 1 } }), rows: (db, p) => facts.anchorMissingSql(db, p, 'widget-tour', { steps: TOUR, filter: { flowVersion: 1 } }, flowTouchRows) },
  { name: 'journey map', facts: (db, p) => facts.journeyMapSql(db, p, MILESTONES, { env: 'production' }), raw: (db, p) => journeyMapSql(db, p, MILESTONES, { env: 'production' }) },
  { name: 'time to milestone', facts: (db, p) => facts.timeToMilestoneSql(db, p, 'integration-connected', { since: 'signed-up', filter: { env: 'production' } }), raw: (db, p) => timeToMilestoneSql(db, p, 'integration-connected', { since: 'signed-up', filter: { env: 'production' } }) },
  { name: 'experiment by day (trend)', facts: (db, p) => facts.experimentDailySql(db, p, SIMULATED_EXPERIMENT, { env: 'production' }) },
  { name: 'experiment by device', facts: (db, p) => facts.experimentBreakdownSql(db, p, SIMULATED_EXPERIMENT, { by: 'device' }, { env: 'production' }) },
  { name: 'experiment guardrails (3)', facts: (db, p) => facts.guardrailArmsSql(db, p, GUARDED, { env: 'production' }) },
  { name: 'experiment CUPED sums', facts: (db, p) => facts.preExposureSumsSql(db, p, SIMULATED_EXPERIMENT, { env: 'production' }) },
  { name: 'flow by day', facts: (db, p) => facts.flowDailySql(db, p, 'widget-tour', { env: 'production' }) },
  { name: 'flow by trait', facts: (db, p) => facts.flowBreakdownSql(db, p, 'widget-tour', { by: 'trait', trait: 'plan' }, { env: 'production' }) },
  { name: 'journey by day', facts: (db, p) => facts.journeyDailySql(db, p, MILESTONES, { env: 'production' }) },
  { name: 'surveys', facts: (db, p) => facts.surveyResultsSql(db, p, { filter: { env: 'production' } }), rows: (db, p) => facts.surveyResultsSql(db, p, { filter: { env: 'production' }, source: 'events' }) },
  { name: 'surveys, all environments', facts: (db, p) => facts.surveyResultsSql(db, p), rows: (db, p) => facts.surveyResultsSql(db, p, { source: 'events' }) },
  { name: 'surveys, last 7 days (events)', facts: (db, p, from) => facts.surveyResultsSql(db, p, { filter: { env: 'production', from: from + 14 * DAY } }) },
];

/** Stores about `events` simulated events for one project through insertEvents; returns the project id, the count and the start time. */
export async function fillProject(db: Db, events: number, { batch = 2000, seed = 1 } = {}): Promise<{ projectId: string; stored: number; start: number }> {
  const { project } = await createProject(db, { name: `bench ${events}` });
  const users = Math.max(100, Math.round(events / EVENTS_PER_USER));
  const start = Math.floor((Date.now() - 28 * DAY) / DAY) * DAY;
  const progress = startProgress({ label: 'generated and stored', unit: 'events', total: users * EVENTS_PER_USER });
  let stored = 0;
  // 2,000 users at a time, so memory stays flat whatever the size.
  for (let first = 0; first < users; first += 2000) {
    const traffic = generateTraffic({ users: Math.min(2000, users - first), seed: seed * 100_003 + first, start: start + Math.floor((first / users) * 14) * DAY, days: 1, holdout: SIMULATED_HOLDOUT });
    for (let i = 0; i < traffic.length; i += batch) {
      const { accepted } = await insertEvents(db, project.id, traffic.slice(i, i + batch));
      stored += accepted;
      progress.advance(accepted);
    }
  }
  progress.finish();
  return { projectId: project.id, stored, start };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;

async function time(run: () => Promise<unknown>, runs: number): Promise<{ p50: number; p95: number }> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

/** COPY of the simulated traffic into `events`, no facts (rebuild-facts makes them next). */
async function copyProject(db: Db, url: string, events: number): Promise<{ projectId: string; stored: number }> {
  const { project } = await createProject(db, { name: `bench ${events}` });
  const start = Math.floor((Date.now() - 28 * DAY) / DAY) * DAY;
  await ensureEventPartitions(db);
  const { stored, users } = await copyEvents(url, project.id, events, { start });
  console.log(`copied ${stored.toLocaleString('en-US')} events of ${users.toLocaleString('en-US')} simulated people`);
  return { projectId: project.id, stored };
}

async function benchDatabase(kind: 'pglite' | 'postgres', events: number, runs: number, rawRuns: number, fill: 'copy' | 'ingest', keep = false, only = ''): Promise<void> {
  const cluster = kind === 'postgres' ? await startPostgresCluster(findPostgresBin() ?? '/usr/lib/postgresql/15/bin') : undefined;
  const db = kind === 'postgres' ? await openPostgres(cluster!.url) : await openPglite();
  try {
    await migrate(db);
    const filled = performance.now();
    const copy = fill === 'copy' && cluster !== undefined;
    const { projectId, stored } = copy ? await copyProject(db, cluster.url, events) : await fillProject(db, events);
    const ingestSeconds = (performance.now() - filled) / 1000;
    if (copy) console.log(`COPY of ${stored.toLocaleString('en-US')} events (generation included): ${ingestSeconds.toFixed(1)} s, ${Math.round(stored / ingestSeconds).toLocaleString('en-US')} events/s`);
    await db.exec('analyze');
    const rss = Math.round(process.resourceUsage().maxRSS / 1024);
    const rebuildStarted = performance.now();
    let rebuilding: ReturnType<typeof startProgress> | undefined;
    const rebuilt = await rebuildFacts(db, { projectId, onStart: (_, total) => (rebuilding = startProgress({ label: 'rebuilt facts of', unit: 'events', total })), onBatch: (n) => rebuilding?.advance(n) });
    rebuilding?.finish();
    console.log(`rebuild-facts of ${rebuilt.events.toLocaleString('en-US')} events: ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s, peak RSS of this process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (${rss} MB before)`);
    await db.exec('analyze');
    // The raw-event SQL needs the indexes it had before facts replaced them (migration 002).
    await db.exec(`create index if not exists bench_events_identity_links on events (project_id, anonymous_id, ts, id) where user_id is not null;
      create index if not exists bench_events_by_experiment on events (project_id, experiment_id, ts) where type = 'experiment_exposure'; analyze`);
    const from = Date.now() - 21 * DAY;
    // As the server runs them: a transaction each, JIT off, no statement timeout here.
    const session = reportSession(db, { timeoutMs: 0 });
    const rows: string[][] = [];
    for (const report of REPORTS.filter((r) => only === '' || only.split(',').some((name) => r.name.startsWith(name)))) {
      // Interleaved per report, so the before and after see the same load.
      const withFacts = await time(() => report.facts(session, projectId, from), runs);
      const perPerson = report.rows ? await time(() => report.rows!(session, projectId, from), runs) : undefined;
      const raw = rawRuns > 0 && report.raw ? await time(() => report.raw!(session, projectId, from), rawRuns) : undefined;
      rows.push([report.name, ms(withFacts.p50), ms(withFacts.p95), perPerson ? ms(perPerson.p50) : '', perPerson ? ms(perPerson.p95) : '', raw ? ms(raw.p50) : 'skipped', raw ? `${(raw.p50 / withFacts.p50).toFixed(1)}×` : '']);
      console.log(`  ${report.name}: p95 ${ms(withFacts.p95)}${perPerson ? `, rows per person ${ms(perPerson.p95)}` : ''}${raw ? `, raw ${ms(raw.p50)}` : ''}`);
    }
    printTable(
      `Reports on ${kind}, ${stored.toLocaleString('en-US')} events (facts: p50/p95 of ${runs} warm runs, the flow counts where they answer; rows per person: the same report on person_flow_touches, ${runs} runs; raw events: p50 of ${rawRuns})`,
      ['report', 'facts p50', 'facts p95', 'rows per person p50', 'rows per person p95', 'raw p50', 'raw ÷ facts (p50)'],
      rows,
    );
    if (!copy) console.log(`ingest with facts while filling (1 client, batches of 2,000): ${Math.round(stored / ingestSeconds).toLocaleString('en-US')} events/s`);
    if (kind === 'postgres') await ingestDuringReports(db, projectId, from);
  } finally {
    await db.close();
    if (keep && cluster) console.log(`--keep: the Postgres cluster still runs at ${cluster.url} (stop it with pg_ctl stop -D <its data folder>)`);
    else cluster?.stop();
  }
}

/** 4 ingest clients for 10 s while one client runs reports in a loop: events/s and the reports' p95 meanwhile. */
async function ingestDuringReports(db: Db, projectId: string, from: number): Promise<void> {
  const until = performance.now() + 10_000;
  let sent = 0;
  const reportTimes: number[] = [];
  const client = async (c: number) => {
    for (let round = 0; performance.now() < until; round++) {
      const traffic = generateTraffic({ users: 125, seed: 9_000_000 + c * 10_000 + round, start: Date.now() - 2 * DAY, days: 1 });
      for (let i = 0; i < traffic.length && performance.now() < until; i += 2000) sent += (await insertEvents(db, projectId, traffic.slice(i, i + 2000))).accepted;
    }
  };
  const reports = async () => {
    while (performance.now() < until) {
      for (const report of REPORTS) {
        const t = performance.now();
        await report.facts(reportSession(db, { timeoutMs: 0 }), projectId, from);
        reportTimes.push(performance.now() - t);
      }
    }
  };
  const started = performance.now();
  await Promise.all([client(0), client(1), client(2), client(3), reports()]);
  reportTimes.sort((a, b) => a - b);
  printTable('Ingest with facts (4 clients, batches of 2,000) while reports run', ['measure', 'value'], [
    ['events/s (including generation in this process)', Math.round((sent * 1000) / (performance.now() - started)).toLocaleString('en-US')],
    [`report p95 meanwhile (${reportTimes.length} reports)`, ms(quantile(reportTimes, 0.95))],
  ]);
}

/**
 * What the flow counts' triggers (migration 016) cost ingest: insertEvents alone, 1 client,
 * batches of 2,000, rounds of 500 simulated people with the triggers enabled and disabled in
 * turn, in one fresh database (the counts of the disabled rounds are wrong; nothing reads them).
 * `--counts-trigger=survey` toggles the survey answer counts' trigger on events (migration 017) instead.
 */
async function countsIngestBench(kind: 'pglite' | 'postgres', rounds: number, which: 'flow' | 'survey' = 'flow'): Promise<void> {
  const cluster = kind === 'postgres' ? await startPostgresCluster(findPostgresBin() ?? '/usr/lib/postgresql/15/bin') : undefined;
  const db = kind === 'postgres' ? await openPostgres(cluster!.url) : await openPglite();
  try {
    await migrate(db);
    await ensureEventPartitions(db);
    const { project } = await createProject(db, { name: 'flow counts ingest' });
    const start = Math.floor((Date.now() - 10 * DAY) / DAY) * DAY;
    const totals = { on: { events: 0, ms: 0 }, off: { events: 0, ms: 0 } };
    for (let round = 0; round < rounds; round++) {
      for (const mode of round % 2 === 0 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        await db.exec(which === 'flow' ? `alter table person_flow_touches ${mode === 'on' ? 'enable' : 'disable'} trigger user` : `alter table events ${mode === 'on' ? 'enable' : 'disable'} trigger events_survey_counts_insert`);
        const traffic = generateTraffic({ users: 500, seed: 1000 + round * 2 + (mode === 'on' ? 0 : 1), start: start + round * DAY, days: 1, holdout: SIMULATED_HOLDOUT });
        const t = performance.now();
        for (let i = 0; i < traffic.length; i += 2000) totals[mode].events += (await insertEvents(db, project.id, traffic.slice(i, i + 2000))).accepted;
        totals[mode].ms += performance.now() - t;
      }
    }
    const rate = (mode: 'on' | 'off') => Math.round(totals[mode].events / (totals[mode].ms / 1000));
    printTable(`Ingest on ${kind} with and without the ${which === 'flow' ? "flow counts' triggers" : "survey counts' trigger"} (${rounds} rounds each, alternating)`, ['triggers', 'events', 'events/s'], [
      ['on', totals.on.events.toLocaleString('en-US'), rate('on').toLocaleString('en-US')],
      ['off', totals.off.events.toLocaleString('en-US'), rate('off').toLocaleString('en-US')],
    ]);
  } finally {
    await db.close();
    cluster?.stop();
  }
}

export async function reportsBench(argv: readonly string[] = process.argv): Promise<void> {
  const arg = (name: string, fallback: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const kinds = arg('db', 'postgres,pglite').split(',');
  const countsIngest = arg('counts-ingest', '');
  if (countsIngest !== '') {
    for (const kind of kinds) {
      if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`--db: expected pglite and/or postgres, got ${JSON.stringify(kind)}`);
      await countsIngestBench(kind, Number(countsIngest), arg('counts-trigger', 'flow') === 'survey' ? 'survey' : 'flow');
    }
    return;
  }
  const fill = arg('fill', 'copy');
  if (fill !== 'copy' && fill !== 'ingest') throw new Error(`--fill: expected copy or ingest, got ${JSON.stringify(fill)}`);
  for (const kind of kinds) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new Error(`--db: expected pglite and/or postgres, got ${JSON.stringify(kind)}`);
    const events = Number(arg(`${kind}-events`, arg('events', kind === 'postgres' ? '10000000' : '1000000')));
    await benchDatabase(kind, events, Number(arg('runs', '20')), Number(arg('raw-runs', '3')), fill, argv.includes('--keep'), arg('reports', ''));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await reportsBench();
