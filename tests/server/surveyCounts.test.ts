import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/Db.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts, refillSurveyCounts } from '../../server/store/rebuildFacts.ts';
import { surveyCountsAnswer, surveyResultsSql } from '../../server/store/analytics/surveyResultsSql.ts';
import type { AnalyticsEvent } from '../../shared/analytics/AnalyticsEvent.ts';
import type { AnalyticsFilter } from '../../shared/analytics/AnalyticsFilter.ts';
import { surveyResults } from '../../shared/analytics/surveyResults.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { DAY, EventLog, T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase } from './support/testServer.ts';

const FILTERS: Array<[string, AnalyticsFilter]> = [
  ['all', {}],
  ['production', { env: 'production' }],
  ['staging', { env: 'staging' }],
  ['flow version 1', { flowVersion: 1 }],
  ['flow version 2', { flowVersion: 2 }],
  ['staging, flow version 2', { env: 'staging', flowVersion: 2 }],
];
const SCOPES = [{}, { flowId: 'survey-a' }, { flowId: 'survey-b', stepId: 'q2' }, { flowId: 'nowhere' }];

/** Survey answers of a few people over three flows (one of them none), two steps, versions (none, 1, 2), valid and not, with and without comments. */
function answers(seed: number, count: number): EventEnvelope[] {
  const random = mulberry32(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const log = new EventLog();
  for (let i = 0; i < count; i++) {
    const props = pick<Record<string, unknown>>([
      { kind: 'nps', score: Math.floor(random() * 11), ...(random() < 0.4 ? { comment: random() < 0.2 ? '  ' : `nps ${i}` } : {}) },
      { kind: 'csat', score: 1 + Math.floor(random() * 5), ...(random() < 0.3 ? { comment: `csat ${i}` } : {}) },
      { kind: 'ces', score: 1 + Math.floor(random() * 7) },
      { kind: 'nps', score: 11, comment: 'out of range' },
      { kind: 'csat', score: 4.5 },
      { kind: 'nps', score: '9' },
      { kind: 'bogus', score: 3 },
      { kind: 5, score: 3 },
      { kind: 'ces', score: 3, comment: 17 },
      {},
    ]);
    const flowId = pick(['survey-a', 'survey-b', undefined]);
    const version = pick([undefined, 1, 1, 2]);
    const stepId = pick(['q1', 'q2', undefined]);
    log.add('survey_answered', `u${Math.floor(random() * 12)}`, T0 + Math.floor(random() * 20 * DAY), {
      ...(flowId ? { flowId } : {}),
      ...(version ? { flowVersion: version } : {}),
      ...(stepId ? { stepId } : {}),
      props,
      anonymous: random() < 0.2,
    });
    if (random() < 0.1) log.add('flow_started', 'u1', T0 + i, { flowId: 'survey-a', flowVersion: 1, props: {} });
  }
  return log.events;
}

async function storedCounts(db: Queryable, projectId: string): Promise<unknown[]> {
  const { rows } = await db.query(
    `select flow_id, step_id, kind, score, flow_version, env, answers::int, commented::int from survey_answer_counts where project_id = $1 order by 1, 2, 3, 4, 5, 6`,
    [projectId],
  );
  return rows;
}

async function expectPathsAgree(db: Queryable, projectId: string, delivered: readonly AnalyticsEvent[], label: string): Promise<void> {
  for (const [name, filter] of FILTERS) {
    expect(surveyCountsAnswer(filter)).toBe(true);
    for (const scope of SCOPES) {
      const what = `${label}, ${name}, ${JSON.stringify(scope)}`;
      const counts = await surveyResultsSql(db, projectId, { ...scope, filter, commentLimit: 10_000 });
      const raw = await surveyResultsSql(db, projectId, { ...scope, filter, commentLimit: 10_000, source: 'events' });
      const { commentsTotal, ...results } = counts;
      expect(results, what).toEqual(surveyResults(delivered, { ...scope, filter }));
      expect(commentsTotal, what).toBe(results.comments.length);
      expect(counts, what).toEqual(raw);
      // The latest few comments, as the report shows them.
      const latest = await surveyResultsSql(db, projectId, { ...scope, filter, commentLimit: 3 });
      expect(latest, `${what}, latest 3`).toEqual(await surveyResultsSql(db, projectId, { ...scope, filter, commentLimit: 3, source: 'events' }));
      expect(latest.comments, `${what}, latest 3`).toEqual(results.comments.slice(-3));
    }
  }
}

describeEachDatabase('survey answer counts (migration 017)', (server) => {
  it('equal the pure function and the raw events through duplicates, batches sent twice and several environments, and after rebuild-facts', async () => {
    const { project } = await server.project();
    const db = server.db;
    const events = answers(17, 400);
    const delivered: AnalyticsEvent[] = [];
    const random = mulberry32(71);
    for (let start = 0; start < events.length; start += 40) {
      const batch = events.slice(start, start + 40);
      // A duplicate inside the batch, and now and then an event of an earlier batch again.
      const sent = [...batch, batch[0]!, ...(start > 0 && random() < 0.5 ? [events[start - 1]!] : [])];
      const env = (start / 40) % 3 === 2 ? 'staging' : 'production';
      await insertEvents(db, project.id, sent, { env });
      // Every second batch is sent again (a lost acknowledgement): nothing more is stored or counted.
      if ((start / 40) % 2 === 1) expect((await insertEvents(db, project.id, sent, { env })).accepted).toBe(0);
      for (const e of sent) delivered.push({ ...e, env: delivered.find((d) => d.id === e.id)?.env ?? env });
      if (start === 160) await expectPathsAgree(db, project.id, delivered, 'halfway');
    }
    await expectPathsAgree(db, project.id, delivered, 'ingested');
    const ingested = await storedCounts(db, project.id);
    expect(ingested.length).toBeGreaterThan(20);

    // rebuild-facts refills the counts in one pass from the events, to the same rows.
    await rebuildFacts(db, { projectId: project.id, batch: 150 });
    expect(await storedCounts(db, project.id)).toEqual(ingested);
    await db.transaction((tx) => refillSurveyCounts(tx, project.id));
    expect(await storedCounts(db, project.id)).toEqual(ingested);
    await expectPathsAgree(db, project.id, delivered, 'rebuilt');
  });

  it('outlive the raw events (retention): the distributions stay, the comments go with their events', async () => {
    const { project } = await server.project();
    const db = server.db;
    const events = answers(5, 60);
    await insertEvents(db, project.id, events);
    const before = await surveyResultsSql(db, project.id);
    // What retention does to a month, here as a delete (a DROP of the partition fires no trigger either).
    await db.query(`delete from events where project_id = $1`, [project.id]);
    const after = await surveyResultsSql(db, project.id);
    expect({ ...after, comments: before.comments }).toEqual(before);
    expect(after.comments).toEqual([]);
    expect(before.nps?.responses ?? 0).toBeGreaterThan(0);
  });

  it('count rows moved into a new month partition once (a statement on the partition itself fires no trigger)', async () => {
    const { project } = await server.project();
    const db = server.db;
    const log = new EventLog();
    const future = Date.UTC(2031, 4, 10);
    for (let i = 0; i < 5; i++) log.add('survey_answered', `u${i}`, future + i, { flowId: 'later', props: { kind: 'csat', score: 1 + i, comment: `c${i}` } });
    await insertEvents(db, project.id, log.events);
    const before = await storedCounts(db, project.id);
    await db.query(`select waymark_ensure_event_partition('2031-05-01')`);
    expect((await db.query(`select count(*)::int as n from events_2031_05 where project_id = $1`, [project.id])).rows).toEqual([{ n: 5 }]);
    expect(await storedCounts(db, project.id)).toEqual(before);
    expect(await surveyResultsSql(db, project.id)).toEqual(await surveyResultsSql(db, project.id, { source: 'events' }));
    await db.query(`drop table events_2031_05`);
  });

  it('are kept per project', async () => {
    const [{ project: a }, { project: b }] = [await server.project(), await server.project()];
    await insertEvents(server.db, a.id, answers(3, 30));
    expect(await storedCounts(server.db, b.id)).toEqual([]);
    expect(await surveyResultsSql(server.db, b.id)).toEqual({ nps: null, csat: null, ces: null, comments: [], commentsTotal: 0, invalid: 0 });
  });
});
