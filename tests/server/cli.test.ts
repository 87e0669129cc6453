import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { validBundle } from '../fixtures/flows.ts';
import { describeEachDatabase, json } from './support/testServer.ts';
import { createPgliteDataDir } from './support/testDatabase.ts';
import { openDatabase } from '../../server/db/openDatabase.ts';
import { insertEvents } from '../../server/store/events.ts';
import { createProject } from '../../server/store/projects.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `waymark` bin as a user would. */
function waymark(...args: string[]): Promise<Run> {
  return waymarkWith({}, ...args);
}

function waymarkWith(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/waymark.js', ...args], { env: { ...process.env, WAYMARK_SERVER: '', WAYMARK_SECRET_KEY: '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'waymark-cli-'));
function bundleFile(name: string, bundle: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof bundle === 'string' ? bundle : JSON.stringify(bundle));
  return path;
}

describe('waymark validate', () => {
  it('accepts a valid bundle, lists every problem of an invalid one with its path (exit 1), and explains usage errors (exit 2)', async () => {
    const broken = validBundle();
    broken.flows[0].steps[1].anchor = undefined;
    broken.flows[0].frequency = { type: 'sometimes' };
    const file = bundleFile('broken.json', broken);
    const [ok, bad, notJson, noServer] = await Promise.all([
      waymark('validate', 'demo/flows/chatly.bundle.json'),
      waymark('validate', file),
      waymark('validate', bundleFile('not.json', '{"flows": [')),
      waymark('export-events', '--since', 'last week', '--key', 'wm_sk_x'),
    ]);
    expect(ok).toMatchObject({ code: 0, stdout: 'demo/flows/chatly.bundle.json: valid (7 flows, 4 milestones, 0 experiments)\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n').sort()).toEqual([`${file}: flows[0].frequency.type: must be one of "once", "every_session", "until_completed", "every_n_days"`, `${file}: flows[0].steps[1].anchor: required for tooltip steps`].sort());
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toMatch(/not\.json: \(root\): not valid JSON/);
    // Usage errors exit 2 and say which option is wrong.
    expect(noServer.code).toBe(2);
    expect(noServer.stderr).toContain('--server is required (or WAYMARK_SERVER)');
  }, 60_000);
});

describeEachDatabase('waymark publish and export-events', (server) => {
  it('publishes a bundle the SDK endpoint then serves, and exports the events as NDJSON', async () => {
    const { project, secretKey } = await server.project();
    const bundle = validBundle();
    bundle.flows[0].name = 'Published from the CLI';
    const file = bundleFile(`publish-${server.kind}.json`, bundle);

    const published = await waymark('publish', file, '--server', server.url, '--key', secretKey, '--env', 'staging', '--note', 'from CI');
    expect(published.stderr).toBe('');
    expect(published.code).toBe(0);
    expect(published.stdout).toMatch(/^Published .+ as release 1 to staging \(ETag ".+"\)\n$/);
    const served = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle?env=staging`).then((r) => r.json());
    expect(served.flows[0].name).toBe('Published from the CLI');

    const early = Array.from({ length: 3 }, (_, i) => ({ id: uuidv7(), type: 'step_shown', ts: 1000 + i, anonymousId: 'a', sessionId: 's', props: { i } }));
    await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: early }));
    const cut = Date.now() + 1;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const late = [{ id: uuidv7(), type: 'flow_completed', ts: 2000, anonymousId: 'a', sessionId: 's', props: {} }];
    await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: late }));

    const [all, recent, wrongKey] = await Promise.all([
      waymark('export-events', '--since', '1970-01-01', '--server', server.url, '--key', secretKey),
      waymark('export-events', '--since', new Date(cut).toISOString(), '--server', server.url, '--key', secretKey),
      waymark('export-events', '--server', server.url, '--key', 'wm_sk_wrong'),
    ]);
    expect(all.code).toBe(0);
    const lines = all.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((e) => e.id).slice(0, 3).sort()).toEqual(early.map((e) => e.id).sort());
    expect(lines.map((e) => e.id).at(-1)).toBe(late[0]!.id);
    expect(lines[0]).toMatchObject({ type: 'step_shown', anonymousId: 'a', receivedAt: expect.any(Number) });

    expect(recent.stdout.trim().split('\n').map((line) => JSON.parse(line).id)).toEqual([late[0]!.id]);
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.stderr).toContain('401 from /v1/admin/events: the secret key is not valid for any project');
  }, 60_000);
});

describe('waymark rebuild-facts', () => {
  it('recomputes the facts of the local database and prints one summary line per project when not on a terminal', async () => {
    const dataDir = join(dir, 'rebuild-data');
    await createPgliteDataDir(dataDir);
    const db = await openDatabase({ dataDir });
    const { project } = await createProject(db, { name: 'Rebuild' });
    const events = Array.from({ length: 40 }, (_, i) => ({ id: uuidv7(), type: 'flow_started', ts: 1000 + i, userId: `u${i % 10}`, anonymousId: `a${i}`, sessionId: 's', flowId: 'tour', props: {} }));
    await insertEvents(db, project.id, events);
    const before = (await db.query(`select * from first_touches where project_id = $1 order by kind, key, user_id, anonymous_id`, [project.id])).rows;
    await db.query(`delete from first_touches`);
    await db.close();

    const run = await waymarkWith({ WAYMARK_DATA_DIR: dataDir, DATABASE_URL: '' }, 'rebuild-facts');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`^rebuilt facts of ${project.id}: 40 events in \\d+s \\([\\d,]+ events/s\\); peak RSS \\d+ MB\\n`, 'm'));
    expect(run.stderr).toContain('rebuilt the facts of 1 project from 40 events');
    const reopened = await openDatabase({ dataDir });
    try {
      expect((await reopened.query(`select * from first_touches where project_id = $1 order by kind, key, user_id, anonymous_id`, [project.id])).rows).toEqual(before);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
