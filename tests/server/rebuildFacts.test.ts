import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/Db.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import { experimentArmsSql } from '../../server/store/analytics/experimentArmsSql.ts';
import { holdoutArmsSql } from '../../server/store/analytics/holdoutArmsSql.ts';
import { experimentArms } from '../../shared/analytics/experimentArms.ts';
import { holdoutArms } from '../../shared/analytics/holdoutArms.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_EXPERIMENT, SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase } from './support/testServer.ts';

/** The fact tables of a project, identity-level and person-keyed, in a fixed order. */
async function facts(db: Queryable, projectId: string) {
  const links = await db.query(`select anonymous_id, user_id, ts, event_id from identity_links where project_id = $1 order by anonymous_id`, [projectId]);
  const touches = await db.query(`select kind, key, env, user_id, anonymous_id, ts, event_id, variant from first_touches where project_id = $1 order by kind, key, env, user_id, anonymous_id`, [projectId]);
  const persons = await db.query(`select kind, key, env, person, ts, event_id, variant from person_firsts where project_id = $1 order by kind, key, env, person`, [projectId]);
  const flows = await db.query(`select flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index from person_flow_touches where project_id = $1 order by 1, 2, 3, 4, 5, 6, 7`, [projectId]);
  const reaches = await db.query(`select event_id, milestone, env, person, ts, anonymous_id, flow_version, user_verified from milestone_reaches where project_id = $1 order by event_id`, [projectId]);
  const counts = await db.query(`select flow_id, measure, step_id, item, flow_version, env, people from flow_touch_counts where project_id = $1 and people <> 0 order by 1, 2, 3, 4, 5, 6`, [projectId]);
  const firsts = await db.query(`select flow_id, type, step_id, item, flow_version, env, ts, event_id, min_index from flow_touch_firsts where project_id = $1 order by 1, 2, 3, 4, 5, 6`, [projectId]);
  return { links: links.rows, touches: touches.rows, persons: persons.rows, flows: flows.rows, reaches: reaches.rows, counts: counts.rows, firsts: firsts.rows };
}

/** person_firsts as the reports resolved people before it existed: identities joined to identity_links at read time. */
async function resolvedAtRead(db: Queryable, projectId: string) {
  const { rows } = await db.query(
    `select distinct on (kind, key, env, person) kind, key, env, person, ts, event_id, variant from (
       select t.kind, t.key, t.env, case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person, t.ts, t.event_id, t.variant
       from first_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
       where t.project_id = $1) r
     order by kind, key, env, person, ts, event_id`,
    [projectId],
  );
  return rows;
}

describeEachDatabase('waymark rebuild-facts', (server) => {
  it('a rebuild, interrupted and resumed, equals the state ingest built incrementally from shuffled, repeated batches', async () => {
    const { project } = await server.project();
    const traffic = generateTraffic({ users: 300, seed: 5, start: T0, holdout: { ...SIMULATED_HOLDOUT, share: 0.2 } });
    // Shuffled batches, some sent twice, half to staging: ingest sees late and repeated events.
    const random = mulberry32(9);
    const shuffled = [...traffic].sort(() => random() - 0.5);
    for (let i = 0; i < shuffled.length; i += 250) {
      const batch = shuffled.slice(i, i + 250);
      await insertEvents(server.db, project.id, batch, { env: i % 500 === 0 ? 'staging' : 'production' });
      if (random() < 0.3) await insertEvents(server.db, project.id, batch.slice(0, 50), { env: 'production' });
    }
    const incremental = await facts(server.db, project.id);
    // The person-keyed facts kept at ingest equal resolving the identity-level ones at read time.
    expect(incremental.persons).toEqual(await resolvedAtRead(server.db, project.id));
    expect(incremental.reaches.length).toBeGreaterThan(50);
    expect(incremental.links.length).toBeGreaterThan(100);
    expect(incremental.touches.length).toBeGreaterThan(500);

    const first = await rebuildFacts(server.db, { projectId: project.id, batch: 397, maxBatches: 3 });
    expect(first).toMatchObject({ done: false, events: 3 * 397 });
    // Half way, the facts are partial...
    expect((await facts(server.db, project.id)).touches.length).toBeLessThan(incremental.touches.length);
    // ...and the next run resumes from the saved position rather than starting over.
    let started = -1;
    const rest = await rebuildFacts(server.db, { projectId: project.id, batch: 397, onStart: (_p, _total, resumedAt) => (started = resumedAt) });
    expect(started).toBe(3 * 397);
    expect(rest.done).toBe(true);
    expect(first.events + rest.events).toBe((await server.db.query<{ n: number }>(`select count(*)::int as n from events where project_id = $1`, [project.id])).rows[0]!.n);
    expect(await facts(server.db, project.id)).toEqual(incremental);

    // A finished rebuild starts over the next time, and ends the same.
    await rebuildFacts(server.db, { projectId: project.id, batch: 5000 });
    expect(await facts(server.db, project.id)).toEqual(incremental);
    const holdout = { goal: SIMULATED_EXPERIMENT.goal, windowMs: SIMULATED_EXPERIMENT.attributionDays * 86_400_000 };
    const delivered = shuffled.map((e, i) => ({ ...e, env: Math.floor(i / 250) % 2 === 0 ? ('staging' as const) : ('production' as const) }));
    expect(await experimentArmsSql(server.db, project.id, SIMULATED_EXPERIMENT, { env: 'production' })).toEqual(experimentArms(delivered, SIMULATED_EXPERIMENT, { env: 'production' }));
    expect(await holdoutArmsSql(server.db, project.id, holdout)).toEqual(holdoutArms(delivered, holdout));
  }, 90_000);

  it('names a project that does not exist', async () => {
    await expect(rebuildFacts(server.db, { projectId: 'nope' })).rejects.toThrow('rebuild-facts: there is no project "nope"');
  });
});
