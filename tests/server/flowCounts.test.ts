import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/Db.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import { anchorMissingSql } from '../../server/store/analytics/anchorMissingSql.ts';
import { checklistCompletionSql } from '../../server/store/analytics/checklistCompletionSql.ts';
import { flowTotalsSql } from '../../server/store/analytics/flowTotalsSql.ts';
import { flowCountsAnswer } from '../../server/store/analytics/flowCounts.ts';
import { flowTouchRows } from '../../server/store/analytics/scopedFlowFacts.ts';
import type { AnalyticsEvent } from '../../shared/analytics/AnalyticsEvent.ts';
import type { AnalyticsFilter } from '../../shared/analytics/AnalyticsFilter.ts';
import { anchorMissingRates, checklistCompletion, flowFunnel } from '../../shared/analytics/index.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { T0 } from '../shared/analytics/eventLog.ts';
import { flowCountsAndRecount, flowFirstsAndRecount } from './support/flowCounts.ts';
import { describeEachDatabase } from './support/testServer.ts';

const TYPES = ['flow_started', 'step_shown', 'anchor_missing', 'checklist_item_completed', 'flow_completed', 'flow_dismissed'];
const uuid = (n: number) => `00000000-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

/** A random person_flow_touches row: few flows, steps, items, versions (0 included) and people, so keys and people collide. */
function randomRow(random: () => number, n: number, person?: string): unknown[] {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const type = pick(TYPES);
  const step = type === 'step_shown' || type === 'anchor_missing' || (type === 'flow_dismissed' && random() < 0.7) ? pick(['a', 'b', 'c']) : '';
  const item = type === 'checklist_item_completed' ? pick(['one', 'two', '']) : '';
  return [pick(['tour', 'list']), type, step, item, pick([0, 1, 1, 2]), pick(['production', 'staging']), person ?? pick(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']), 1000 + Math.floor(random() * 1000), uuid(n), random() < 0.5 ? null : Math.floor(random() * 4)];
}

async function insertRows(db: Queryable, projectId: string, rows: unknown[][], { upsert = false } = {}): Promise<void> {
  if (rows.length === 0) return;
  const columns = (i: number) => rows.map((r) => r[i]);
  await db.query(
    `insert into person_flow_touches (project_id, flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index)
     select distinct on (f, t, s, i, v, e, p) $1, f, t, s, i, v, e, p, ts, id, idx
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::bigint[], $10::uuid[], $11::float8[]) r(f, t, s, i, v, e, p, ts, id, idx)
     order by f, t, s, i, v, e, p, ts
     ${upsert
       ? `on conflict (project_id, flow_id, type, step_id, item, flow_version, env, person) do update set
            ts = least(person_flow_touches.ts, excluded.ts), min_index = least(person_flow_touches.min_index, excluded.min_index)`
       : 'on conflict do nothing'}`,
    [projectId, ...Array.from({ length: 10 }, (_, i) => columns(i))],
  );
}

async function expectCountsExact(db: Queryable, projectId: string, label: string): Promise<void> {
  const { stored, recount } = await flowCountsAndRecount(db, projectId);
  expect(stored, label).toEqual(recount);
}

describeEachDatabase('flow counts (migration 016)', (server) => {
  it('stay equal to a recount of person_flow_touches however it is written: inserts, upserts, deletes, rows moving between people', async () => {
    const { project } = await server.project();
    const db = server.db;
    const random = mulberry32(16);
    let n = 0;
    const rows = (count: number, person?: string) => Array.from({ length: count }, () => randomRow(random, n++, person));
    await insertRows(db, project.id, rows(80));
    await expectCountsExact(db, project.id, 'inserts');
    // An upsert that lowers ts and index of existing rows and adds new ones, in one statement.
    await insertRows(db, project.id, rows(60), { upsert: true });
    await expectCountsExact(db, project.id, 'upsert');
    // A person's rows deleted and filed again (what a recomputation does), with some keys changed.
    await db.transaction(async (tx) => {
      await tx.query(`delete from person_flow_touches where project_id = $1 and person = any($2::text[])`, [project.id, ['p1', 'p2']]);
      await insertRows(tx, project.id, [...rows(15, 'p1'), ...rows(15, 'p2')]);
    });
    await expectCountsExact(db, project.id, 'delete and re-insert');
    // An identify: p3's rows move to p4 (where p4 has no row of that key), the rest of p3's are dropped, in two statements.
    await db.query(
      `update person_flow_touches t set person = 'p4' where project_id = $1 and person = 'p3'
       and not exists (select 1 from person_flow_touches o where o.project_id = t.project_id and o.person = 'p4' and (o.flow_id, o.type, o.step_id, o.item, o.flow_version, o.env) = (t.flow_id, t.type, t.step_id, t.item, t.flow_version, t.env))`,
      [project.id],
    );
    await expectCountsExact(db, project.id, 'rows moving between people');
    await db.query(`delete from person_flow_touches where project_id = $1 and person = 'p3'`, [project.id]);
    // An update that changes keys (a step renamed) and one that keeps them.
    await db.query(`update person_flow_touches set step_id = 'z' where project_id = $1 and step_id = 'a' and person in ('p5', 'p6') and type <> 'flow_dismissed'`, [project.id]);
    await db.query(`update person_flow_touches set ts = ts - 1 where project_id = $1 and person = 'p4'`, [project.id]);
    await expectCountsExact(db, project.id, 'updates');
    await db.query(`delete from person_flow_touches where project_id = $1 and env = 'staging'`, [project.id]);
    await expectCountsExact(db, project.id, 'deletes');
    const { stored } = await flowCountsAndRecount(db, project.id);
    expect(stored.length).toBeGreaterThan(30);
    // A rolled back write leaves the counts as they were.
    await expect(db.transaction(async (tx) => {
      await insertRows(tx, project.id, rows(20, 'p9'));
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await expectCountsExact(db, project.id, 'rollback');
    // Deleting the project takes its facts and counts with it.
    await db.query(`delete from projects where id = $1`, [project.id]);
    expect((await db.query(`select count(*)::int as n from flow_touch_counts where project_id = $1`, [project.id])).rows).toEqual([{ n: 0 }]);
  });

  it('concurrent transactions of one project neither lose a person nor count one twice', async () => {
    const { project } = await server.project();
    const db = server.db;
    const random = mulberry32(7);
    let n = 10_000;
    // Each transaction adds rows for the same people under keys of its own that count towards the
    // same measures (the flow's dismissals at different steps, its checklist by different items),
    // and holds them a while before committing, without taking the project's lock itself.
    await Promise.all(
      Array.from({ length: 6 }, (_, t) =>
        db.transaction(async (tx) => {
          const version = t % 3;
          const env = t % 4 === 0 ? 'staging' : 'production';
          const mine = ['q1', 'q2', 'q3', 'q4'].flatMap((person) => [
            ['tour', 'flow_dismissed', `s${t}`, '', version, env, person, 1000 + t, uuid(n++), null],
            ['tour', 'step_shown', `s${t}`, '', version, env, person, 1000 + t, uuid(n++), t],
            ['tour', 'checklist_item_completed', '', `i${t}`, version, env, person, 1000 + t, uuid(n++), null],
          ]);
          await insertRows(tx, project.id, mine);
          if (server.kind === 'postgres') await tx.query(`select pg_sleep(0.05)`);
          if (t % 2 === 1) await tx.query(`delete from person_flow_touches where project_id = $1 and person = 'q1' and step_id = $2`, [project.id, `s${t - 1}`]);
        }),
      ),
    );
    await expectCountsExact(db, project.id, 'concurrent writes');
    // And concurrent ingest of overlapping people, with identifies, in shuffled batches.
    const traffic = generateTraffic({ users: 120, seed: 3, start: T0, holdout: SIMULATED_HOLDOUT });
    const shuffled = [...traffic].sort(() => random() - 0.5);
    const batches = Array.from({ length: Math.ceil(shuffled.length / 300) }, (_, i) => shuffled.slice(i * 300, i * 300 + 300));
    const { project: ingested } = await server.project();
    for (let i = 0; i < batches.length; i += 4) await Promise.all(batches.slice(i, i + 4).map((batch, j) => insertEvents(db, ingested.id, batch, { env: j % 2 === 0 ? 'production' : 'staging' })));
    await expectCountsExact(db, ingested.id, 'concurrent ingest');
    const firsts = await flowFirstsAndRecount(db, ingested.id);
    expect(firsts.stored).toEqual(firsts.recount);
    const delivered: AnalyticsEvent[] = batches.flatMap((batch, i) => batch.map((e) => ({ ...e, env: (i % 4) % 2 === 0 ? ('production' as const) : ('staging' as const) })));
    for (const filter of [{}, { env: 'staging' }, { flowVersion: 1 }] as AnalyticsFilter[]) {
      expect(flowCountsAnswer(filter)).toBe(true);
      const totals = await flowTotalsSql(db, ingested.id, filter);
      expect(totals).toEqual(await flowTotalsSql(db, ingested.id, filter, flowTouchRows));
      expect(totals.length).toBeGreaterThan(0);
      for (const { flowId, started, completed, dismissed } of totals) expect({ started, completed, dismissed }).toEqual((({ started: s, completed: c, dismissed: d }) => ({ started: s, completed: c, dismissed: d }))(flowFunnel(delivered, flowId, { filter })));
      const tour = ['open-widget', 'colour', 'position', 'greeting', 'preview'];
      expect(await anchorMissingSql(db, ingested.id, 'widget-tour', { steps: tour, filter })).toEqual(anchorMissingRates(delivered, 'widget-tour', { steps: tour, filter }));
      expect(await checklistCompletionSql(db, ingested.id, 'activation-checklist', { filter })).toEqual(checklistCompletion(delivered, 'activation-checklist', { filter }));
    }
  }, 60_000);

  it('rebuild-facts refills them: equal to what ingest kept, counts and firsts', async () => {
    const { project } = await server.project();
    const traffic = generateTraffic({ users: 150, seed: 21, start: T0, holdout: SIMULATED_HOLDOUT });
    const random = mulberry32(4);
    const shuffled = [...traffic].sort(() => random() - 0.5);
    for (let i = 0; i < shuffled.length; i += 400) await insertEvents(server.db, project.id, shuffled.slice(i, i + 400), { env: i % 800 === 0 ? 'staging' : 'production' });
    const kept = await flowCountsAndRecount(server.db, project.id);
    const keptFirsts = await flowFirstsAndRecount(server.db, project.id);
    expect(kept.stored).toEqual(kept.recount);
    expect(keptFirsts.stored).toEqual(keptFirsts.recount);
    await rebuildFacts(server.db, { projectId: project.id, batch: 1000 });
    expect(await flowCountsAndRecount(server.db, project.id)).toEqual(kept);
    expect(await flowFirstsAndRecount(server.db, project.id)).toEqual(keptFirsts);
  }, 60_000);
});
