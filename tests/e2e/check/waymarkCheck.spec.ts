/**
 * `waymark check` as CI runs it: the real bin against a running demo build, in headless Chromium,
 * with the SDK's resolver. Its own server process, so publishing to staging touches no other spec.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../support/chromium.ts';
import { serverProcess, type ServerProcess } from '../../support/serverProcess.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function waymark(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/waymark.js', ...args], { env: { ...process.env, WAYMARK_SERVER: '', WAYMARK_SECRET_KEY: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'waymark-check-e2e-'));
const demoBundle = () => JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

test.describe.configure({ mode: 'serial' });
let server: ServerProcess;

test.beforeAll(async () => {
  server = await serverProcess({ port: Number(process.env.E2E_PORT ?? 4517) + 1 });
  await server.start();
});
test.afterAll(async () => server?.kill());

test('a staging release whose step lost its element fails naming the flow, step and page, and passes once the flow is fixed', async () => {
  test.setTimeout(90_000);
  const keys = ['--server', server.url, '--key', 'wm_sk_demo'];
  // The demo renamed the preview's test id; the flow still has the old capture.
  const broken = demoBundle();
  const preview = broken.flows.find((f: { id: string }) => f.id === 'widget-tour').steps.find((s: { id: string }) => s.id === 'preview');
  preview.anchor = { selectors: [{ kind: 'testid', value: '[data-testid="chat-preview"]', weight: 1 }], tag: 'aside' };
  expect((await waymark('publish', file('broken.json', broken), '--env', 'staging', ...keys)).code).toBe(0);

  const junit = join(dir, 'report.xml');
  const failing = await waymark('check', 'env:staging', '--base-url', server.url, '--browser-path', chromiumPath, '--format', 'junit', '--output', junit, ...keys);
  expect(failing.stderr).toBe('');
  expect(failing.code).toBe(1);
  expect(failing.stdout).toContain('✗ widget-tour step 5 "preview" on /widget: missing: no element fits the anchor');
  expect(failing.stdout).toContain('✓ widget-tour step 2 "colour" on /widget: found, confidence 1 via id #widget-color');
  expect(failing.stdout).toMatch(/6 anchored steps: 5 found, 1 missing, 0 ambiguous, 0 pages failed/);
  const xml = readFileSync(junit, 'utf8');
  expect(xml).toContain('<testsuites name="waymark check" tests="6" failures="1"');
  expect(xml).toContain('<failure type="missing" message="missing: no element fits the anchor">widget-tour step 5 &#34;preview&#34; on /widget');

  expect((await waymark('publish', 'demo/flows/chatly.bundle.json', '--env', 'staging', ...keys)).code).toBe(0);
  const passing = await waymark('check', 'env:staging', '--base-url', server.url, '--browser-path', chromiumPath, ...keys);
  expect(passing.code).toBe(0);
  expect(passing.stdout).toContain('6 anchored steps: 6 found, 0 missing');
});

test('a page behind the demo sign-in is checked through the config login step', async () => {
  test.setTimeout(90_000);
  const bundle = {
    schemaVersion: 1,
    flows: [{
      schemaVersion: 1, id: 'upgrade-tip', version: 1, name: 'Upgrade tip', kind: 'tour', frequency: { type: 'once' },
      trigger: { pages: { include: [{ type: 'path', value: '/:section' }] } },
      steps: [{ id: 'upgrade', type: 'tooltip', anchor: { selectors: [{ kind: 'testid', value: '[data-testid="upgrade-plan"]', weight: 1 }], tag: 'button', text: 'Upgrade plan' } }],
    }],
  };
  const source = file('billing.json', bundle);
  const params = { params: { section: 'billing' } };

  const signedOut = await waymark('check', source, '--base-url', server.url, '--browser-path', chromiumPath, '--config', file('no-login.json', params));
  expect(signedOut.code).toBe(1);
  expect(signedOut.stdout).toContain('✗ upgrade-tip step 1 "upgrade" on /billing: missing: no element fits the anchor (the page went to /login?next=%2Fbilling)');

  process.env.CHATLY_PASSWORD = 'chatly-demo';
  const config = file('waymark.check.json', { ...params, login: { url: '/login', fields: { '#login-email': 'ci@acme-shoes.example', '#login-password': '${CHATLY_PASSWORD}' }, submit: 'button[type=submit]' } });
  const signedIn = await waymark('check', source, '--base-url', server.url, '--browser-path', chromiumPath, '--config', config, '--format', 'json');
  expect(signedIn.stderr).toBe('');
  expect(signedIn.code).toBe(0);
  const report = JSON.parse(signedIn.stdout);
  expect(report).toMatchObject({ ok: true, summary: { steps: 1, found: 1 } });
  expect(report.steps[0]).toMatchObject({ flowId: 'upgrade-tip', stepId: 'upgrade', page: '/billing', status: 'found', selector: 'testid [data-testid="upgrade-plan"]' });

  const wrongPassword = file('wrong.json', { ...params, login: { url: '/login', fields: { '#login-email': 'ci@acme-shoes.example', '#login-password': 'nope' }, submit: 'button[type=submit]' }, timeoutMs: 1500 });
  const refused = await waymark('check', source, '--base-url', server.url, '--browser-path', chromiumPath, '--config', wrongPassword);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/^waymark check: login at http:\/\/127\.0\.0\.1:\d+\/login failed: /);

  const badConfig = await waymark('check', source, '--base-url', server.url, '--config', file('bad.json', { login: { url: '/login' }, timeoutMs: -1 }));
  expect(badConfig.code).toBe(1);
  expect(badConfig.stderr.split('\n').filter(Boolean).sort()).toEqual([`${join(dir, 'bad.json')}: login.fields: required`, `${join(dir, 'bad.json')}: login.submit: required`, `${join(dir, 'bad.json')}: timeoutMs: must be greater than 0`].sort());
});

test('look-alike elements are reported as ambiguous with their count, and a page that does not load as page failed', async () => {
  test.setTimeout(60_000);
  const tip = (id: string, page: string, selector: string) => ({
    schemaVersion: 1, id, version: 1, name: id, kind: 'tour', frequency: { type: 'once' },
    trigger: { pages: { include: [{ type: 'exact', value: page }] } },
    steps: [{ id: 'tip', type: 'tooltip', anchor: { selectors: [{ kind: 'css', value: selector, weight: 0.6 }], tag: 'a' } }],
  });
  const source = file('lookalikes.json', { schemaVersion: 1, flows: [tip('nav-tip', '/team', 'nav[aria-label="Main"] a'), tip('gone', '/old-page.html', 'a')] });
  const run = await waymark('check', source, '--base-url', server.url, '--browser-path', chromiumPath, '--config', file('short.json', { timeoutMs: 1500 }));
  expect(run.code).toBe(1);
  expect(run.stdout).toContain('✗ nav-tip step 1 "tip" on /team: ambiguous: 5 elements fit equally well');
  expect(run.stdout).toContain('✗ gone step 1 "tip" on /old-page.html: page failed: HTTP 404');
});

test('a step whose element a click reveals is found by walking the flow; on its own it is reported hidden', async () => {
  test.setTimeout(60_000);
  const help = { selectors: [{ kind: 'testid', value: '[data-testid="help-button"]', weight: 1 }], tag: 'button' };
  const guide = { selectors: [{ kind: 'css', value: '#help-menu a[href="/settings"]', weight: 0.9 }], tag: 'a', text: 'Installation guide' };
  const flow = (id: string, steps: unknown[]) => ({
    schemaVersion: 1, id, version: 1, name: id, kind: 'tour', frequency: { type: 'once' },
    trigger: { pages: { include: [{ type: 'exact', value: '/' }] } }, steps,
  });
  const source = file('menu.json', {
    schemaVersion: 1,
    flows: [
      flow('help-tour', [
        { id: 'open-help', type: 'tooltip', title: 'Help is here', anchor: help, advanceOn: { type: 'anchor_click' } },
        { id: 'guide', type: 'tooltip', title: 'Start with the guide', anchor: guide },
      ]),
      flow('guide-alone', [{ id: 'guide', type: 'tooltip', title: 'Start with the guide', anchor: guide }]),
    ],
  });
  const run = await waymark('check', source, '--base-url', server.url, '--browser-path', chromiumPath, '--config', file('menu-config.json', { timeoutMs: 1500 }));
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('✓ help-tour step 1 "open-help" on /: found');
  expect(run.stdout).toContain('✓ help-tour step 2 "guide" on /: found');
  expect(run.stdout).toContain('✗ guide-alone step 1 "guide" on /: hidden: the element is on the page but not shown');
  expect(run.stdout).toMatch(/3 anchored steps: 2 found, 0 missing, 0 ambiguous, 0 pages failed, 1 hidden/);
  expect(run.code).toBe(1);
});
