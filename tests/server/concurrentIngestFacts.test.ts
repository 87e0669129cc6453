import { expect, it } from 'vitest';
import type { Queryable } from '../../server/db/Db.ts';
import { insertEvents } from '../../server/store/events.ts';
import { rebuildFacts } from '../../server/store/rebuildFacts.ts';
import type { EventEnvelope } from '../../shared/schema/event.ts';
import { mulberry32 } from '../../shared/stats/mulberry32.ts';
import { generateTraffic } from '../../scripts/simulation/generateTraffic.ts';
import { SIMULATED_HOLDOUT } from '../../scripts/simulation/simulationBundle.ts';
import { T0 } from '../shared/analytics/eventLog.ts';
import { describeEachDatabase } from './support/testServer.ts';

/** The person-keyed facts of a project and the flow counts kept from them, in a fixed order. */
async function personFacts(db: Queryable, projectId: string) {
  const firsts = await db.query(`select kind, key, env, person, ts, event_id, variant from person_firsts where project_id = $1 order by kind, key, env, person`, [projectId]);
  const flows = await db.query(`select flow_id, type, step_id, item, flow_version, env, person, ts, event_id, min_index from person_flow_touches where project_id = $1 order by 1, 2, 3, 4, 5, 6, 7`, [projectId]);
  const reaches = await db.query(`select event_id, milestone, env, person, ts, anonymous_id, flow_version, user_verified from milestone_reaches where project_id = $1 order by event_id`, [projectId]);
  const links = await db.query(`select anonymous_id, user_id from identity_links where project_id = $1 order by anonymous_id`, [projectId]);
  const counts = await db.query(`select flow_id, measure, step_id, item, flow_version, env, people from flow_touch_counts where project_id = $1 and people <> 0 order by 1, 2, 3, 4, 5, 6`, [projectId]);
  return { firsts: firsts.rows, flows: flows.rows, reaches: reaches.rows, links: links.rows, counts: counts.rows };
}

/**
 * Simulated traffic where a third of the devices are shared by two people (so a late event of the
 * second person can move the device's link, and its anonymous history with it), shuffled into
 * small batches, some sent twice (one of them twice at the same moment).
 */
function streams(seed: number): EventEnvelope[][][] {
  const traffic = generateTraffic({ users: 160, seed, start: T0, holdout: { ...SIMULATED_HOLDOUT, share: 0.2 } });
  const shared = traffic.map((e) => {
    const i = Number(/^anon-\d+-(\d+)$/.exec(e.anonymousId)?.[1]);
    return i % 6 === 1 ? { ...e, anonymousId: `anon-${seed}-${i - 1}` } : e;
  });
  const random = mulberry32(seed);
  const shuffled = [...shared].sort(() => random() - 0.5);
  const out: EventEnvelope[][][] = [[], [], [], []];
  let stream = 0;
  for (let i = 0; i < shuffled.length; ) {
    const size = 10 + Math.floor(random() * 60);
    const batch = shuffled.slice(i, i + size);
    i += size;
    out[stream]!.push(batch);
    if (random() < 0.15) out[(stream + 1 + Math.floor(random() * 3)) % 4]!.push(batch);
    if (random() < 0.05) out[(stream + 1) % 4]!.splice(out[stream]!.length - 1, 0, batch);
    stream = (stream + 1) % 4;
  }
  return out;
}

describeEachDatabase('concurrent ingest of person-keyed facts', (server) => {
  it('4 streams with identifies that merge histories, moved links, late and repeated batches end as rebuild-facts computes them', async () => {
    for (const seed of [41, 42, 43, 44]) {
      const { project } = await server.project();
      const plan = streams(seed);
      await Promise.all(plan.map(async (batches, s) => {
        for (const batch of batches) await insertEvents(server.db, project.id, batch, { env: s === 3 ? 'staging' : 'production' });
      }));
      const incremental = await personFacts(server.db, project.id);
      // The traffic has what the test is about: anonymous histories merged at identify, shared devices.
      const merged = await server.db.query<{ n: number }>(
        `select count(distinct anonymous_id)::int as n from events where project_id = $1 and user_id is null and anonymous_id in (select anonymous_id from identity_links where project_id = $1)`,
        [project.id],
      );
      expect(merged.rows[0]!.n).toBeGreaterThan(20);
      const sharedDevices = await server.db.query<{ n: number }>(
        `select count(*)::int as n from (select anonymous_id from events where project_id = $1 and user_id is not null group by anonymous_id having count(distinct user_id) > 1) d`,
        [project.id],
      );
      expect(sharedDevices.rows[0]!.n).toBeGreaterThan(10);
      expect(incremental.reaches.length).toBeGreaterThan(50);

      await rebuildFacts(server.db, { projectId: project.id });
      expect(incremental, `seed ${seed}`).toEqual(await personFacts(server.db, project.id));
    }
  }, 120_000);
});
