import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateBundle } from '../../shared/schema/parse.ts';
import { putDraft } from '../../server/store/drafts.ts';
import { publishRelease } from '../../server/store/releases.ts';
import { runWaymark } from './support/runWaymark.ts';
import { describeEachDatabase } from './support/testServer.ts';

const demo = validateBundle(JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8')));
if (!demo.ok) throw new Error(demo.errors.join('\n'));

describeEachDatabase('flows in git: waymark pull, push, diff', (server) => {
  it('pull → edit one file → push --publish → diff names exactly that change, and the builder reads the same draft', async () => {
    const { project, secretKey } = await server.project();
    await putDraft(server.db, project.id, demo.value);
    await publishRelease(server.db, project.id, demo.value, ['production', 'staging'], 'seed');
    const auth = { WAYMARK_SERVER: server.url, WAYMARK_SECRET_KEY: secretKey };
    const dir = mkdtempSync(join(tmpdir(), 'waymark-pull-'));

    const pulled = await runWaymark(['pull', dir, '--from', 'env:production'], auth);
    expect(pulled).toMatchObject({ code: 0, stdout: `Pulled release 1 (production) into ${dir}: 7 flows; 10 files written, 0 removed\n` });
    expect(readdirSync(join(dir, 'flows')).sort()).toEqual(demo.value.flows.map((f) => `${f.id}.json`).sort());
    // Pulling again writes nothing: the files are stable.
    expect((await runWaymark(['pull', dir, '--from', 'env:production'], auth)).stdout).toContain('0 files written');

    const file = join(dir, 'flows', 'widget-tour.json');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('"#widget-position"', '"#widget-placement"'));
    expect(await runWaymark(['diff', 'env:production', dir], auth)).toMatchObject({
      code: 1,
      stdout: `1 change from release 1 (production) to ${dir}:\n  flow "widget-tour": step 3 ("position") anchor changed\n`,
    });

    const pushed = await runWaymark(['push', dir, '--publish', '--env', 'staging', '--note', 'rename position'], auth);
    expect(pushed.stderr).toBe('');
    expect(pushed).toMatchObject({ code: 0, stdout: `Saved ${dir} as the draft (7 flows)\nPublished the draft as release 2 to staging\n` });

    expect(await runWaymark(['diff', 'env:production', 'env:staging'], auth)).toMatchObject({
      code: 1,
      stdout: '1 change from release 1 (production) to release 2 (staging):\n  flow "widget-tour": step 3 ("position") anchor changed\n',
    });
    expect(await runWaymark(['diff', 'draft', dir], auth)).toMatchObject({ code: 0, stdout: `No changes from the draft to ${dir}\n` });
    // What the builder loads: the draft it edits is the pushed one.
    const draft = await fetch(`${server.url}/v1/admin/draft`, { headers: { Authorization: `Bearer ${secretKey}` } }).then((r) => r.json());
    expect(JSON.stringify(draft)).toContain('#widget-placement');
  }, 60_000);

  it('push refuses a folder publish would refuse, naming the file and path, and saves nothing', async () => {
    const { project, secretKey } = await server.project();
    await putDraft(server.db, project.id, demo.value);
    const auth = { WAYMARK_SERVER: server.url, WAYMARK_SECRET_KEY: secretKey };
    const dir = mkdtempSync(join(tmpdir(), 'waymark-push-'));
    expect((await runWaymark(['pull', dir], auth)).code).toBe(0);
    const file = join(dir, 'flows', 'widget-tour.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"#widget-color"', '"#widget\\u0000color"'));
    const pushed = await runWaymark(['push', dir], auth);
    expect(pushed).toMatchObject({ code: 1, stderr: `${dir}/flows/widget-tour.json: steps[1].anchor.selectors[0].value: must not contain the NUL character (\\u0000)\n` });
    expect(await runWaymark(['diff', 'draft', 'env:staging'], auth)).toMatchObject({ code: 2, stderr: expect.stringContaining('nothing is published to staging yet') });
    const usage = await runWaymark(['push', dir, '--env', 'staging'], auth);
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining('--env is for --publish') });
  }, 60_000);
});

describe('waymark validate', () => {
  it('refuses what publish refuses: a NUL character in a selector (exit 1, naming the path)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waymark-validate-'));
    const file = join(dir, 'nul.json');
    writeFileSync(file, readFileSync('demo/flows/chatly.bundle.json', 'utf8').replace('"#widget-color"', '"#widget\\u0000color"'));
    expect(await runWaymark(['validate', file])).toMatchObject({ code: 1, stderr: `${file}: flows[2].steps[1].anchor.selectors[0].value: must not contain the NUL character (\\u0000)\n` });
  });
});
