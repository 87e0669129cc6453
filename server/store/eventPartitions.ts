import type { Queryable } from '../db/Db.ts';

const DAY_MS = 86_400_000;
const monthStart = (ms: number, add = 0) => {
  const d = new Date(ms);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + add, 1));
};
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Creates the month partitions of events from last month to two months ahead (migrations/011), so new events never wait in the default partition. */
export async function ensureEventPartitions(db: Queryable, now = Date.now()): Promise<string[]> {
  const names: string[] = [];
  for (let add = -1; add <= 2; add++) {
    const { rows } = await db.query<{ name: string }>(`select waymark_ensure_event_partition($1::date) as name`, [isoDay(monthStart(now, add))]);
    names.push(rows[0]!.name);
  }
  return names;
}

/** The month partitions of events, oldest first: name and the first day after the month. */
export async function listEventPartitions(db: Queryable): Promise<Array<{ name: string; end: number }>> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'events'::regclass and c.relname ~ '^events_[0-9]{4}_[0-9]{2}$' order by c.relname`,
  );
  return rows.map(({ name }) => {
    const [, year, month] = /^events_(\d{4})_(\d{2})$/.exec(name)!;
    return { name, end: Date.UTC(Number(year), Number(month), 1) };
  });
}

/**
 * Retention (`WAYMARK_EVENT_RETENTION_DAYS`): drops every month partition whose whole month is
 * older than `days` days, as one DROP TABLE each (no row-by-row delete of events, no vacuum debt). Facts
 * (identity links, first touches, person firsts) are separate tables and outlive the raw events;
 * the goal reaches kept per person (milestone_reaches) are deleted with their month.
 */
export async function dropExpiredEventPartitions(db: Queryable, days: number, now = Date.now()): Promise<string[]> {
  const cutoff = now - days * DAY_MS;
  const dropped: string[] = [];
  for (const { name, end } of await listEventPartitions(db)) {
    if (end > cutoff) continue;
    await db.query(`drop table if exists ${name}`);
    // The goal reaches (migrations/015) are copies of raw events: they go with their month.
    const [, year, month] = /^events_(\d{4})_(\d{2})$/.exec(name)!;
    await db.query(`delete from milestone_reaches where event_id >= $1::uuid and event_id < $2::uuid`, [uuidAt(Date.UTC(Number(year), Number(month) - 1, 1)), uuidAt(end)]);
    dropped.push(name);
  }
  return dropped;
}

/** The lowest UUIDv7 made at `ms` (its first 48 bits are the time): a partition bound. */
function uuidAt(ms: number): string {
  const hex = ms.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** `WAYMARK_EVENT_RETENTION_DAYS`: a whole number of days (at least 1), or unset for keeping events forever. */
export function retentionDaysFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value === '' || value === '0') return undefined;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1) throw new Error(`WAYMARK_EVENT_RETENTION_DAYS must be a whole number of days (1 or more), or unset to keep events (got ${JSON.stringify(value)})`);
  return days;
}
