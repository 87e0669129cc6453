/**
 * The SDK tarball installed in an app folder and used during server-side rendering in Node: React
 * (StrictMode, WaymarkProvider, useWaymark, useTrack) and Vue (plugin, composable) render without
 * touching window or document, and init returns an inert instance, said once per process. The same
 * app type-checks against the package's declarations.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixtureFolder, packWorkspace, removeFixtures, repoRoot } from '../support/packedPackages.ts';

let output: { stdout: string; stderr: string };
let tarball: string | undefined;
let app: string | undefined;

beforeAll(async () => {
  tarball = (await packWorkspace('sdk')).tarball;
  app = await fixtureFolder('ssr-app', [tarball], { copyFrom: join(repoRoot, 'tests/fixtures/packages/ssr') });
  output = await promisify(execFile)(process.execPath, ['render.js'], { cwd: app });
}, 120_000);

afterAll(() => removeFixtures(app, tarball));

it('renders the React helpers\' tree to HTML: no instance while rendering on the server', () => {
  const result = JSON.parse(output.stdout.trim().split('\n').at(-1)!);
  expect(result.react).toBe('<button type="button">Export report</button>');
  expect(result.browserGlobals).toEqual(['undefined', 'undefined']);
});

it('renders a Vue app with the plugin and the composable: the inert instance answers with no flows', () => {
  const result = JSON.parse(output.stdout.trim().split('\n').at(-1)!);
  expect(result.vue).toBe('<p>0 flows, hasReached: false</p>');
});

it('init outside a browser returns an instance with the whole API that does nothing, and says so once', () => {
  const result = JSON.parse(output.stdout.trim().split('\n').at(-1)!);
  expect(result.calls).toBe(6);
  expect(result.flows).toEqual([]);
  expect(result.version).toMatch(/^\d+\.\d+\.\d+$/);
  const notices = `${output.stdout}${output.stderr}`.match(/waymark: init\(\) ran outside a browser/g) ?? [];
  expect(notices).toHaveLength(1);
  expect(output.stderr).toBe('');
});

it('a TypeScript app type-checks against the package\'s types (main entry, React and Vue helpers)', async () => {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '-p', '.'], { cwd: app! }).then(() => 'no errors', (error: { stdout: string }) => error.stdout);
  expect(result).toBe('no errors');
}, 60_000);
