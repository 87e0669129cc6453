/**
 * What `npm pack` puts in each package: every `exports` target and bin is in the tarball, nothing
 * else ships but the built files, and the server's bundle reaches no repository source at run time.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspace, removeFixtures, repoRoot, type PackedPackage } from '../support/packedPackages.ts';
import { version as sdkVersion } from '../../sdk/version.ts';

const manifest = (folder: string) => JSON.parse(readFileSync(join(repoRoot, folder, 'package.json'), 'utf8'));
const targets = (exports: unknown): string[] =>
  typeof exports === 'string' ? [exports] : Object.values(exports as Record<string, unknown>).flatMap(targets);

/** Every module specifier a built file imports, statically or dynamically, as esbuild parses it. */
async function importsOf(file: string): Promise<string[]> {
  const result = await build({
    entryPoints: [file], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', logLevel: 'silent',
    plugins: [{ name: 'all-external', setup: (b) => b.onResolve({ filter: /.*/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path, external: true })) }],
  });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
}

let sdk: PackedPackage;
let server: PackedPackage;

beforeAll(async () => {
  [sdk, server] = await Promise.all([packWorkspace('sdk'), packWorkspace('server')]);
}, 60_000);

afterAll(() => removeFixtures(sdk?.tarball, server?.tarball));

describe('@waymark/sdk tarball', () => {
  it('holds every exports target, its types and its README, and no source', () => {
    const pkg = manifest('sdk');
    expect(sdk.name).toBe('@waymark/sdk');
    for (const target of [...targets(pkg.exports), pkg.types, pkg.main]) expect(sdk.files).toContain(target.replace(/^\.\//, ''));
    expect(sdk.files).toContain('README.md');
    expect(sdk.files.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md'].includes(f))).toEqual([]);
    expect(sdk.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('marks only the files that run on load as having side effects, and depends on nothing at run time', () => {
    const pkg = manifest('sdk');
    expect(pkg.sideEffects).toEqual(['./dist/waymark.iife.js', './dist/waymark.core.js', './dist/waymark.snippet.js']);
    for (const file of pkg.sideEffects) expect(sdk.files).toContain(file.replace(/^\.\//, ''));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['react', 'vue']);
    expect(pkg.peerDependenciesMeta).toEqual({ react: { optional: true }, vue: { optional: true } });
  });

  it('imports only its own files and the frameworks its helpers are for', async () => {
    for (const file of sdk.files.filter((f) => f.endsWith('.js'))) {
      const specifiers = await importsOf(join(repoRoot, 'sdk', file));
      const allowed = file === 'dist/react.js' ? ['react', './waymark.esm.js'] : file === 'dist/vue.js' ? ['vue', './waymark.esm.js'] : [];
      // The split builds' chunks, versioned: the renderers' base, the renderers by kind, the validators, delivery, sync, anchors.
      const chunk = /^\.\/waymark\.(ui|anchored|survey|checklist|resource-center|validation|delivery|sync|anchors)\.js\?v=/;
      expect(specifiers.filter((s) => !allowed.includes(s) && !chunk.test(s)), file).toEqual([]);
    }
  });
});

describe('@waymark/server tarball', () => {
  it('holds the waymark bin, the bundled CLI, the migrations and the SDK builds it serves', () => {
    const pkg = manifest('server');
    expect(server.name).toBe('@waymark/server');
    expect(pkg.bin).toEqual({ waymark: 'bin/waymark.js' });
    for (const file of ['bin/waymark.js', 'dist/waymark.js', 'README.md', 'dist/public/sdk/waymark.iife.js', 'dist/public/sdk/waymark.core.js', 'dist/public/sdk/waymark.ui.js']) {
      expect(server.files).toContain(file);
    }
    expect(server.files.some((f) => /^migrations\/\d+.*\.sql$/.test(f))).toBe(true);
    expect(server.files.filter((f) => f.endsWith('.ts'))).toEqual([]);
  });

  it('reaches only its npm dependencies and Node at run time, not the repository\'s source', async () => {
    const text = readFileSync(join(repoRoot, 'server/dist/waymark.js'), 'utf8');
    const specifiers = new Set(await importsOf(join(repoRoot, 'server/dist/waymark.js')));
    const dependencies = Object.keys({ ...manifest('server').dependencies, ...manifest('server').peerDependencies });
    const packageOf = (s: string) => s.split('/').slice(0, s.startsWith('@') ? 2 : 1).join('/');
    expect([...specifiers].filter((s) => !s.startsWith('node:') && !dependencies.includes(packageOf(s)))).toEqual([]);
    expect(specifiers.size).toBeGreaterThan(5);
    // The same ranges the repository's tests run against.
    const root = manifest('.');
    for (const [name, range] of Object.entries(manifest('server').dependencies as Record<string, string>)) expect(`${name}@${range}`).toBe(`${name}@${root.dependencies[name]}`);
    expect(text).not.toMatch(/\.\.\/shared\/|tsx\/esm/);
  });
});

describe('one version', () => {
  it('the SDK, the server, the repository and the SDK\'s reported version agree, and CHANGELOG.md has an entry for it', () => {
    const version = manifest('.').version;
    expect([manifest('sdk').version, manifest('server').version, sdk.version, server.version, sdkVersion]).toEqual(Array(5).fill(version));
    expect(readFileSync(join(repoRoot, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')}\\b`, 'm'));
  });
});
