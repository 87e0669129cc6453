/**
 * The npm packages as a customer gets them: `npm pack` of the built workspaces (run `npm run build`
 * first), and fixture folders that install those tarballs. Fixtures that need React or Vite sit
 * under `.packages-test/` in the repository, so those resolve from its node_modules (no download)
 * while `@waymark/sdk` resolves from the fixture's own node_modules, i.e. from the tarball.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const repoRoot = resolve(import.meta.dirname, '../..');
const scratch = join(repoRoot, '.packages-test');

export interface PackedPackage {
  name: string;
  version: string;
  tarball: string;
  files: string[];
}

/** `npm pack --workspace <folder>` into a fresh folder; `files` are the paths inside the tarball. */
export async function packWorkspace(folder: 'sdk' | 'server'): Promise<PackedPackage> {
  const built = folder === 'sdk' ? 'sdk/dist/waymark.esm.js' : 'server/dist/waymark.js';
  if (!existsSync(join(repoRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` before the package tests`);
  mkdirSync(scratch, { recursive: true });
  const destination = mkdtempSync(join(scratch, `pack-${folder}-`));
  const { stdout } = await run('npm', ['pack', '--workspace', folder, '--pack-destination', destination, '--json', '--silent'], { cwd: repoRoot });
  const [result] = JSON.parse(stdout) as Array<{ name: string; version: string; filename: string; files: Array<{ path: string }> }>;
  return { name: result!.name, version: result!.version, tarball: join(destination, result!.filename), files: result!.files.map((f) => f.path) };
}

/**
 * A folder with `package.json` and the given files copied in, that installs the tarballs with npm.
 * `inRepo` puts it under `.packages-test/` (frameworks and build tools come from the repository);
 * otherwise it is an empty folder elsewhere whose other dependencies come from the npm cache or registry.
 */
export async function fixtureFolder(name: string, tarballs: string[], { inRepo = true, copyFrom }: { inRepo?: boolean; copyFrom?: string } = {}): Promise<string> {
  const parent = inRepo ? scratch : tmpdir();
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, `${name}-`));
  if (copyFrom) cpSync(copyFrom, folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], { cwd: folder, maxBuffer: 16 * 1024 * 1024 });
  return folder;
}

/** Removes fixture folders and packed tarballs (with the folder `npm pack` wrote each into). */
export function removeFixtures(...paths: Array<string | undefined>): void {
  // Retried: a server stopped a moment ago may still be removing its own files there (its reports replica).
  for (const path of paths) if (path) rmSync(path.endsWith('.tgz') ? dirname(path) : path, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}
