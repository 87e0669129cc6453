/**
 * The server tarball installed in an empty folder, as a self-hoster would: `npx waymark
 * create-project`, then `npx waymark serve`, which answers /healthz from the embedded PGlite,
 * serves the SDK builds at /sdk/ and the project's public API, and carries no demo.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { freePort } from '../support/freePort.ts';
import { fixtureFolder, packWorkspace, removeFixtures } from '../support/packedPackages.ts';

let tarball: string | undefined;
let folder: string | undefined;
let serve: ChildProcess | undefined;
let output = '';
let url = '';
let created = '';

beforeAll(async () => {
  tarball = (await packWorkspace('server')).tarball;
  folder = await fixtureFolder('waymark-selfhost', [tarball], { inRepo: false });
  const env = { ...process.env, WAYMARK_DATA_DIR: '', DATABASE_URL: '', PORT: '', HOST: '' };
  created = (await promisify(execFile)('npx', ['waymark', 'create-project', '--name', 'Acme', '--origin', 'https://app.acme.example'], { cwd: folder, env })).stdout;
  url = `http://127.0.0.1:${await freePort()}`;
  serve = spawn('npx', ['waymark', 'serve', '--port', url.split(':').at(-1)!], { cwd: folder, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  serve.stdout!.on('data', (chunk) => (output += chunk));
  serve.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (serve.exitCode !== null) throw new Error(`npx waymark serve exited:\n${output}`);
    if (Date.now() > deadline) throw new Error(`npx waymark serve did not answer /healthz within 60 s:\n${output}`);
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 180_000);

afterAll(async () => {
  if (serve?.pid && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve!.once('exit', resolve));
    process.kill(-serve.pid, 'SIGTERM');
    await exited;
  }
  removeFixtures(folder, tarball);
});

it('npx waymark serve answers /healthz from PGlite in the folder it runs in', async () => {
  expect(await fetch(`${url}/healthz`).then((r) => r.json())).toEqual({ ok: true });
  expect(output).toContain('PGlite in .waymark-data/');
  expect(output).not.toContain('demo');
});

it('serves the project that npx waymark create-project made, and the SDK builds for script tags', async () => {
  const publicKey = created.match(/public key:\s+(wm_pk_\S+)/)?.[1];
  expect(publicKey, created).toBeDefined();
  const bundle = await fetch(`${url}/v1/p/${publicKey}/bundle?env=production`);
  expect(bundle.status).toBe(404);
  expect((await bundle.json()).error.code).toBe('not_published');
  const script = await fetch(`${url}/sdk/waymark.iife.js`);
  expect(script.status).toBe(200);
  expect(script.headers.get('access-control-allow-origin')).toBe('*');
  expect(await script.text()).toContain('waymark-root');
  expect((await fetch(`${url}/`)).status).toBe(404);
});
