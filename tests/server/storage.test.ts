import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { migrate, readMigrations } from '../../server/db/migrate.ts';
import { openPglite } from '../../server/db/openPglite.ts';
import { openPostgres } from '../../server/db/openPostgres.ts';
import type { DatabaseConfig } from '../../server/db/openDatabase.ts';
import { startServer } from '../../server/startServer.ts';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, json } from './support/testServer.ts';
import { createPgliteDataDir, createPostgresDatabase, databaseAvailable, databaseKinds, openTestDatabase } from './support/testDatabase.ts';

for (const kind of databaseKinds) {
  (databaseAvailable(kind) ? describe : describe.skip)(`storage (${kind})`, () => {
    it('seeds the demo project on an empty database once, and keeps data across restarts', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'waymark-data-'));
      try {
        let database: DatabaseConfig;
        if (kind === 'pglite') {
          await createPgliteDataDir(dir);
          database = { dataDir: dir };
        } else {
          database = { databaseUrl: await createPostgresDatabase() };
        }
        const logs: string[] = [];
        const first = await startServer({ port: 0, database, seedDemo: true, log: (line) => logs.push(line) });
        try {
          expect(logs.join('\n')).toContain('Seeded the demo project');
          expect(logs.join('\n')).toContain('public key wm_pk_demo, secret key wm_sk_demo');
          for (const env of ['staging', 'production']) {
            const bundle = await fetch(`${first.url}/v1/p/wm_pk_demo/bundle?env=${env}`).then((r) => r.json());
            expect(bundle.flows.map((f: { id: string }) => f.id)).toContain('connect-bar');
          }
          const release = await fetch(`${first.url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer('wm_sk_demo')));
          expect((await release.json()).version).toBe(2);
        } finally {
          await first.close();
        }

        logs.length = 0;
        const second = await startServer({ port: 0, database, seedDemo: true, log: (line) => logs.push(line) });
        try {
          expect(logs.join('\n')).not.toContain('Seeded');
          expect(logs.join('\n')).toContain('wm_pk_demo');
          const served = await fetch(`${second.url}/v1/p/wm_pk_demo/bundle`);
          expect(served.headers.get('x-waymark-release')).toBe('2');
          expect((await fetch(`${second.url}/v1/p/wm_pk_demo/bundle?env=staging`)).headers.get('x-waymark-release')).toBe('1');
        } finally {
          await second.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);

    it('applies each migration once, in a transaction that leaves nothing behind when it fails', async () => {
      const db = await openTestDatabase(kind);
      try {
        const first = [{ name: '900_widgets.sql', sql: 'create table widgets (id int primary key); insert into widgets values (1);' }];
        expect(await migrate(db, first)).toEqual(['900_widgets.sql']);
        expect(await migrate(db, first)).toEqual([]);

        const failing = [...first, { name: '901_broken.sql', sql: 'create table gadgets (id int); insert into widgets values (1);' }];
        await expect(migrate(db, failing)).rejects.toThrow(/duplicate key/);
        const { rows } = await db.query<{ name: string }>(`select name from schema_migrations order by name`);
        expect(rows.map((r) => r.name)).toEqual([...readMigrations().map((m) => m.name), '900_widgets.sql']);
        expect((await db.query(`select to_regclass('gadgets') as t`)).rows[0]).toEqual({ t: null });
      } finally {
        await db.close();
      }
    });

    it('migration 003 files the events stored before it under production', async () => {
      const db = kind === 'pglite' ? await openPglite() : await openPostgres(await createPostgresDatabase(), { max: 2 });
      try {
        const migrations = readMigrations();
        await migrate(db, migrations.filter((m) => m.name < '003'));
        await db.query(`insert into projects (id, name, public_key, secret_key_hash, identity_secret, created_at) values ('p', 'P', 'pk', 'h', 's', 0)`);
        await db.query(`insert into events (id, project_id, type, ts, anonymous_id, session_id, props, received_at) values ('${uuidv7()}', 'p', 'old', 1, 'a', 's', '{}', 1)`);
        expect(await migrate(db, migrations)).toContain('003_event_environment.sql');
        expect((await db.query(`select type, env from events`)).rows).toEqual([{ type: 'old', env: 'production' }]);
        await expect(db.query(`insert into events (id, project_id, type, ts, anonymous_id, session_id, props, received_at, env) values ('${uuidv7()}', 'p', 'x', 1, 'a', 's', '{}', 1, 'dev')`)).rejects.toThrow(/check constraint/);
      } finally {
        await db.close();
      }
    }, 60_000);

    it('migrations 010–013 partition the events stored before them, keeping user_verified and the key per project, and build the facts', async () => {
      const db = kind === 'pglite' ? await openPglite() : await openPostgres(await createPostgresDatabase(), { max: 2 });
      try {
        const migrations = readMigrations();
        await migrate(db, migrations.filter((m) => m.name < '010'));
        for (const p of ['p', 'q']) await db.query(`insert into projects (id, name, public_key, secret_key_hash, identity_secret, created_at) values ($1, 'P', $2, $3, 's', 0)`, [p, `pk-${p}`, `h-${p}`]);
        // One id in two projects (the key is per project since 004), verified and not.
        const shared = uuidv7();
        const insert = `insert into events (id, project_id, type, ts, user_id, anonymous_id, session_id, experiment_id, variant, props, received_at, user_verified)
          values ($1, $2, 'experiment_exposure', 1, 'u1', 'a', 's', 'exp', 'treat', '{}', 1, $3)`;
        await db.query(insert, [shared, 'p', true]);
        await db.query(insert, [shared, 'q', false]);
        expect(await migrate(db, migrations)).toEqual(expect.arrayContaining(['010_person_facts.sql', '011_partitioned_events.sql', '013_flow_and_milestone_facts.sql']));
        expect((await db.query(`select project_id, user_verified from events order by project_id`)).rows).toEqual([{ project_id: 'p', user_verified: true }, { project_id: 'q', user_verified: false }]);
        const { rows: columns } = await db.query<{ column_name: string; column_default: string | null; is_nullable: string }>(
          `select column_name, column_default, is_nullable from information_schema.columns where table_name = 'events' and column_name like '%verified%'`,
        );
        expect(columns).toEqual([{ column_name: 'user_verified', column_default: 'false', is_nullable: 'NO' }]);
        expect((await db.query(`select relkind from pg_class where relname = 'events'`)).rows).toEqual([{ relkind: 'p' }]);
        const { rows: indexes } = await db.query<{ indexname: string }>(`select indexname from pg_indexes where tablename = 'events' order by indexname`);
        expect(indexes.map((i) => i.indexname)).toEqual(['events_anonymous', 'events_by_flow', 'events_by_receipt', 'events_by_type_time', 'events_by_user', 'events_milestone_reached', 'events_pkey', 'events_survey_comments']);
        const { rows: touches } = await db.query(`select project_id, kind from first_touches where kind like 'exposure%' order by project_id, kind`);
        expect(touches).toEqual([{ project_id: 'p', kind: 'exposure' }, { project_id: 'p', kind: 'exposure:verified' }, { project_id: 'q', kind: 'exposure' }]);
        // New events default to unverified; the same id again in a project is refused.
        await db.query(`insert into events (id, project_id, type, ts, anonymous_id, session_id, props, received_at) values ($1, 'p', 'x', 2, 'b', 's', '{}', 2)`, [uuidv7()]);
        expect((await db.query(`select user_verified from events where type = 'x'`)).rows).toEqual([{ user_verified: false }]);
        await expect(db.query(insert, [shared, 'p', false])).rejects.toThrow(/duplicate key/);
      } finally {
        await db.close();
      }
    }, 60_000);

    it('refuses to change a stored release', async () => {
      const db = await openTestDatabase(kind);
      try {
        await db.query(`insert into projects (id, name, public_key, secret_key_hash, identity_secret, created_at) values ('p', 'P', 'pk', 'h', 's', 0)`);
        await db.query(`insert into releases (project_id, version, bundle, etag, created_at) values ('p', 1, '{}', '"e"', 0)`);
        await expect(db.query(`update releases set bundle = '{"changed": true}'`)).rejects.toThrow(/releases are immutable/);
      } finally {
        await db.close();
      }
    });
  });
}
