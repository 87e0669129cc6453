import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/Db.ts';
import { databaseAvailable, openTestDatabase } from './support/testDatabase.ts';

// The Citus set-up docs/scaling.md tells operators to run, read from the page itself so the two cannot drift.
const scaling = readFileSync(new URL('../../docs/scaling.md', import.meta.url), 'utf8');
const referenceTables = [...scaling.matchAll(/create_reference_table\('(\w+)'\)/g)].map((m) => m[1]!);
const distributedTables = [...scaling.matchAll(/create_distributed_table\('(\w+)', 'project_id'/g)].map((m) => m[1]!);
// Only the migration runner reads it; it stays a local table on the coordinator.
const localTables = ['schema_migrations'];

interface Index { table: string; name: string; columns: string[] }
interface ForeignKey { table: string; name: string; columns: string[]; target: string; targetColumns: string[] }

(databaseAvailable('postgres') ? describe : describe.skip)('the schema is ready for Citus (project_id distributes events and facts)', () => {
  let db: Db;
  let tables: string[];
  let uniques: Index[];
  let foreignKeys: ForeignKey[];

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    tables = (await db.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
    )).rows.map((r) => r.name);
    uniques = (await db.query<Index>(
      `select t.relname as table, i.relname as name,
         array(select a.attname from unnest(x.indkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k)::text[] as columns
       from pg_index x join pg_class t on t.oid = x.indrelid join pg_class i on i.oid = x.indexrelid
       join pg_namespace n on n.oid = t.relnamespace
       where n.nspname = 'public' and x.indisunique and not t.relispartition`,
    )).rows;
    foreignKeys = (await db.query<ForeignKey>(
      `select t.relname as table, c.conname as name, f.relname as target,
         array(select a.attname from unnest(c.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.o)::text[] as columns,
         array(select a.attname from unnest(c.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.o)::text[] as "targetColumns"
       from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_class f on f.oid = c.confrelid
       join pg_namespace n on n.oid = t.relnamespace
       where c.contype = 'f' and n.nspname = 'public' and not t.relispartition`,
    )).rows;
  });
  afterAll(async () => db?.close());

  it('the documented set-up names every table the migrations make, each once', () => {
    const documented = [...referenceTables, ...distributedTables, ...localTables];
    expect(new Set(documented).size, 'a table is listed twice in docs/scaling.md').toBe(documented.length);
    expect([...documented].sort()).toEqual(tables);
  });

  it('distributed tables carry project_id and every unique index includes it', async () => {
    for (const table of distributedTables) {
      const { rows } = await db.query<{ notnull: boolean }>(
        `select a.attnotnull as notnull from pg_attribute a join pg_class c on c.oid = a.attrelid
         where c.relname = $1 and a.attname = 'project_id' and not a.attisdropped`,
        [table],
      );
      expect(rows, `${table} has no project_id column`).toHaveLength(1);
      expect(rows[0]!.notnull, `${table}.project_id may be null`).toBe(true);
    }
    const refused = uniques.filter((u) => distributedTables.includes(u.table) && !u.columns.includes('project_id'));
    expect(refused.map((u) => `${u.table}: ${u.name} (${u.columns.join(', ')})`)).toEqual([]);
  });

  it('foreign keys point at reference tables, or at a co-located table through project_id', () => {
    const refused = foreignKeys.filter((k) => {
      if (referenceTables.includes(k.target)) return false;
      // A reference table (copied to every worker) cannot point at a distributed one.
      if (referenceTables.includes(k.table)) return true;
      const at = k.columns.indexOf('project_id');
      return at < 0 || k.targetColumns[at] !== 'project_id';
    });
    expect(refused.map((k) => `${k.table}.${k.name} → ${k.target} (${k.columns.join(', ')})`)).toEqual([]);
  });
});
