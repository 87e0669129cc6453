import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { dropExpiredEventPartitions, ensureEventPartitions, listEventPartitions, retentionDaysFromEnv } from '../../server/store/eventPartitions.ts';
import { insertEvents } from '../../server/store/events.ts';
import { experimentArmsSql } from '../../server/store/analytics/experimentArmsSql.ts';
import { describeEachDatabase } from './support/testServer.ts';
import { experiment } from '../support/fixtures/experiment.ts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 15, 12);
const EXPERIMENT = experiment({ key: 'exp', seed: 'exp', arm: 'treat', flowId: 'tour', goal: 'goal', attributionDays: 3 });

const event = (ts: number, user: string, type = 'experiment_exposure') => ({
  id: uuidv7(ts),
  type,
  ts,
  userId: user,
  anonymousId: `anon-${user}`,
  sessionId: 's',
  ...(type === 'experiment_exposure' ? { experimentId: 'exp', variant: 'treat' } : {}),
  props: type === 'milestone_reached' ? { milestone: 'goal' } : {},
});

describeEachDatabase('events partitioned by month, retention by dropping partitions', (server) => {
  it('events land in their month, the default partition holds the rest until their month is made', async () => {
    const { project } = await server.project();
    await ensureEventPartitions(server.db, NOW);
    const names = (await listEventPartitions(server.db)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['events_2026_05', 'events_2026_06', 'events_2026_07', 'events_2026_08']));

    const old = event(Date.UTC(2026, 1, 10), 'early');
    await insertEvents(server.db, project.id, [event(NOW, 'now'), old]);
    const where = async (id: string) => (await server.db.query<{ part: string }>(`select tableoid::regclass::text as part from events where id = $1`, [id])).rows[0]!.part;
    expect(await where(old.id)).toBe('events_default');
    // Making February moves its waiting rows out of the default partition.
    await server.db.query(`select waymark_ensure_event_partition('2026-02-01')`);
    expect(await where(old.id)).toBe('events_2026_02');
    // Still one copy per id: a retry of a stored event is a duplicate in any partition.
    expect(await insertEvents(server.db, project.id, [old])).toEqual({ accepted: 0, duplicates: 1 });
  });

  it('retention drops whole months older than the setting; facts outlive the raw events', async () => {
    const { project } = await server.project();
    const longAgo = Date.UTC(2026, 2, 3);
    await server.db.query(`select waymark_ensure_event_partition('2026-03-01')`);
    await insertEvents(server.db, project.id, [event(longAgo, 'gone'), event(longAgo + DAY, 'gone', 'milestone_reached'), event(NOW - DAY, 'kept')]);
    const before = await experimentArmsSql(server.db, project.id, EXPERIMENT);
    expect(before[1]).toMatchObject({ exposed: 2, converted: 1 });

    // 60 days before mid-June is mid-April: March ends before that, May does not.
    const dropped = await dropExpiredEventPartitions(server.db, 60, NOW);
    expect(dropped).toContain('events_2026_03');
    expect(dropped).not.toContain('events_2026_05');
    expect(dropped).not.toContain('events_2026_06');
    const left = await server.db.query<{ user_id: string }>(`select user_id from events where project_id = $1`, [project.id]);
    expect(left.rows.map((r) => r.user_id)).toEqual(['kept']);
    // The first exposure is a fact: the person still counts as exposed (their raw conversion is gone with its month).
    expect((await experimentArmsSql(server.db, project.id, EXPERIMENT))[1]).toMatchObject({ exposed: 2, converted: 0 });
  });

  it('WAYMARK_EVENT_RETENTION_DAYS is off by default and names what is wrong', () => {
    expect(retentionDaysFromEnv(undefined)).toBeUndefined();
    expect(retentionDaysFromEnv('')).toBeUndefined();
    expect(retentionDaysFromEnv('400')).toBe(400);
    expect(() => retentionDaysFromEnv('1.5')).toThrow(/WAYMARK_EVENT_RETENTION_DAYS must be a whole number of days/);
  });
});
