/**
 * Issue 12, server side, the findings that need their own server set-up: per-client rate limits
 * (6), the demo's known keys (7), allowed origins (11), database data errors (4), and the CLI
 * for identity verification and key rotation (1, 12).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromDatabaseError } from '../../server/api/databaseError.ts';
import { userHash } from '../../server/api/verifyUserHash.ts';
import { startServer } from '../../server/startServer.ts';
import { createProject } from '../../server/store/projects.ts';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';
import { createPgliteDataDir } from './support/testDatabase.ts';

const event = () => ({ id: uuidv7(), type: 'step_shown', ts: Date.now(), anonymousId: 'a', sessionId: 's', props: {} });
const from = (address: string) => ({ 'X-Forwarded-For': address });

describeEachDatabase(
  'per-client limits behind a trusted proxy',
  (server) => {
    it('6: one client that used its bucket gets 429; other clients of the same key are still served', async () => {
      const { project } = await server.project();
      const post = (address: string) => fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event()] }, from(address)));
      const greedy: number[] = [];
      for (let i = 0; i < 5; i++) greedy.push((await post('203.0.113.7')).status);
      expect(greedy).toEqual([200, 200, 200, 429, 429]);
      const refused = await post('203.0.113.7');
      expect((await refused.json()).error.message).toContain('from this client');
      expect((await post('198.51.100.20')).status).toBe(200);
      expect((await post('198.51.100.21')).status).toBe(200);
    });

    it('6: failed admin sign-ins are limited per client: past the limit even the right key waits, other clients do not', async () => {
      const { secretKey } = await server.project();
      const admin = (key: string, address: string) => fetch(`${server.url}/v1/admin/project`, { headers: { ...bearer(key), ...from(address) } });
      const guesses: number[] = [];
      for (let i = 0; i < 4; i++) guesses.push((await admin(`wm_sk_guess${i}`, '203.0.113.9')).status);
      expect(guesses).toEqual([401, 401, 401, 429]);
      const locked = await admin(secretKey, '203.0.113.9');
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('60');
      expect((await admin(secretKey, '198.51.100.30')).status).toBe(200);
    });
  },
  { rateLimits: { client: { burst: 3, perSecond: 1 / 60 }, adminAuthFailures: { burst: 3, perSecond: 1 / 60 } }, trustedProxies: 1 },
);

describeEachDatabase(
  'per-client limits without a trusted proxy',
  (server) => {
    it('6: X-Forwarded-For does not count unless a proxy is trusted, so a client cannot mint fresh buckets', async () => {
      const { project } = await server.project();
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event()] }, from(`203.0.113.${i}`)))).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
    });
  },
  { rateLimits: { client: { burst: 3, perSecond: 1 / 60 } } },
);

describeEachDatabase('database errors and origins', (server) => {
  it('4: a Postgres data error (out of range, bad text) is a 400 for the client, other errors are not', async () => {
    const caught = async (sql: string) => server.db.query(sql).then(() => undefined, (error: unknown) => error);
    for (const sql of [`select 2147483648::integer`, `select 'x'::integer`, `select '{"a":'::jsonb`]) {
      const mapped = fromDatabaseError(await caught(sql));
      expect(mapped?.status).toBe(400);
      expect(mapped?.code).toBe('invalid_data');
    }
    expect(fromDatabaseError(await caught(`selec 1`))).toBeUndefined();
  });

  it('11: allowed origins must be exact http(s) origins', async () => {
    for (const [origins, message] of [
      [['https://app.example/'], 'allowedOrigins[0]: "https://app.example/" is not an origin: write it as "https://app.example"'],
      [['https://ok.example', '*'], 'allowedOrigins[1]: "*" is not a URL'],
      [['javascript:alert(1)'], 'allowedOrigins[0]: "javascript:alert(1)" must be an http or https origin'],
      [['https://app.example/path?q'], 'allowedOrigins[0]: "https://app.example/path?q" is not an origin'],
    ] as const) {
      await expect(createProject(server.db, { name: 'x', allowedOrigins: [...origins] })).rejects.toThrow(message);
    }
    const { project } = await createProject(server.db, { name: 'ok', allowedOrigins: ['https://app.example', 'http://localhost:3000'] });
    expect(project.allowedOrigins).toEqual(['https://app.example', 'http://localhost:3000']);
  });
});

describe('7: the demo project and its published keys', () => {
  const quiet = { log: () => {}, guide: false } as const;

  it('is seeded on loopback, never on a public interface, and a database holding it is not served publicly', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-demo-keys-'));
    try {
      await createPgliteDataDir(dir);
      const saved = process.env.WAYMARK_SEED_DEMO;
      delete process.env.WAYMARK_SEED_DEMO;
      try {
        const publicServer = await startServer({ ...quiet, port: 0, hostname: '0.0.0.0', database: { dataDir: 'memory://' } });
        try {
          expect((await fetch(`${publicServer.url}/v1/p/wm_pk_demo/bundle`)).status).toBe(404);
          expect((await fetch(`${publicServer.url}/v1/admin/project`, { headers: bearer('wm_sk_demo') })).status).toBe(401);
        } finally {
          await publicServer.close();
        }
        await expect(startServer({ ...quiet, port: 0, hostname: '0.0.0.0', database: { dataDir: 'memory://' }, seedDemo: true })).rejects.toThrow(/seeded only when listening on loopback/);

        const local = await startServer({ ...quiet, port: 0, hostname: '127.0.0.1', database: { dataDir: dir } });
        expect((await fetch(`${local.url}/v1/admin/project`, { headers: bearer('wm_sk_demo') })).status).toBe(200);
        await local.close();
        await expect(startServer({ ...quiet, port: 0, hostname: '0.0.0.0', database: { dataDir: dir } })).rejects.toThrow(/secret key wm_sk_demo is published/);
      } finally {
        if (saved === undefined) delete process.env.WAYMARK_SEED_DEMO;
        else process.env.WAYMARK_SEED_DEMO = saved;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('on loopback the demo signs its user for the page, and its state needs that hash', async () => {
    const local = await startServer({ ...quiet, port: 0, hostname: '127.0.0.1', database: { dataDir: 'memory://' } });
    try {
      const user = 'sam@acme-shoes.example';
      const { userHash: hash } = await fetch(`${local.url}/demo/user-hash?userId=${encodeURIComponent(user)}`).then((r) => r.json());
      const state = `${local.url}/v1/p/wm_pk_demo/users/${encodeURIComponent(user)}/state`;
      expect((await fetch(state)).status).toBe(401);
      expect((await fetch(state, { headers: { 'X-Waymark-User-Hash': userHash('forged', user) } })).status).toBe(401);
      expect((await fetch(state, { headers: { 'X-Waymark-User-Hash': hash } })).status).toBe(200);
    } finally {
      await local.close();
    }
  }, 60_000);
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function waymark(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/waymark.js', ...args], { env: { ...process.env, WAYMARK_SERVER: '', WAYMARK_SECRET_KEY: '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('1 and 11: waymark create-project', () => {
  it('verifies identity unless --no-identity-verification, and refuses an origin that is not one', async () => {
    const memory = { WAYMARK_DATA_DIR: 'memory://', DATABASE_URL: '' };
    const [on, off, badOrigin] = await Promise.all([
      waymark(memory, 'create-project', '--name', 'Acme', '--origin', 'https://app.acme.example'),
      waymark(memory, 'create-project', '--name', 'Open', '--no-identity-verification'),
      waymark(memory, 'create-project', '--name', 'Bad', '--origin', 'https://app.acme.example/'),
    ]);
    expect(on.code).toBe(0);
    expect(on.stdout).toContain('identity verification: on');
    expect(off.code).toBe(0);
    expect(off.stdout).toContain('identity verification: off');
    expect(badOrigin.code).toBe(2);
    expect(badOrigin.stderr).toContain('--origin "https://app.acme.example/" is not an origin: write it as "https://app.acme.example"');
  }, 60_000);
});

describeEachDatabase('12: waymark rotate-secret-key and rotate-identity-secret', (server) => {
  it('rotates both keys from the command line', async () => {
    const { project, secretKey } = await server.project({ identitySecret: 'wm_is_cli_old' });
    const rotated = await waymark({}, 'rotate-secret-key', '--server', server.url, '--key', secretKey);
    expect(rotated.code).toBe(0);
    const next = /New secret key: (wm_sk_\S+)/.exec(rotated.stdout)?.[1];
    expect(next).toBeDefined();
    expect((await fetch(`${server.url}/v1/admin/project`, { headers: bearer(secretKey) })).status).toBe(401);

    const identity = await waymark({}, 'rotate-identity-secret', '--server', server.url, '--key', next!, '--grace-hours', '1');
    expect(identity.code).toBe(0);
    const secret = /New identity secret: (wm_is_\S+)/.exec(identity.stdout)?.[1];
    expect(identity.stdout).toMatch(/previous secret count until \d{4}-/);
    const user = 'cli@acme.example';
    const state = (hash: string) => fetch(`${server.url}/v1/p/${project.publicKey}/users/${encodeURIComponent(user)}/state`, { headers: { 'X-Waymark-User-Hash': hash } });
    expect((await state(userHash(secret!, user))).status).toBe(200);
    expect((await state(userHash('wm_is_cli_old', user))).status).toBe(200);
    const bad = await waymark({}, 'rotate-identity-secret', '--server', server.url, '--key', next!, '--grace-hours', '-3');
    expect(bad.code).toBe(2);
  }, 60_000);
});
