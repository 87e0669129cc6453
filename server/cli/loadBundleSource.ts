import { stat } from 'node:fs/promises';
import { filesToBundle } from '../../shared/flowfiles/filesToBundle.ts';
import type { Bundle } from '../../shared/schema/bundle.ts';
import { validateBundle } from '../../shared/schema/parse.ts';
import { apiRequest } from './apiRequest.ts';
import { serverOptions, UsageError, type Options } from './cliOptions.ts';
import { readBundleFile } from './readBundleFile.ts';
import { readFlowFolder } from './flowFolder.ts';

export const sourceHelp = 'draft, env:staging, env:production, release:N, a folder from `waymark pull`, or a bundle file';

export type Loaded = { ok: true; bundle: Bundle; label: string } | { ok: false; errors: string[] };

/** The release an environment points at, via the admin API (the list says which). */
export async function releaseOfEnvironment(server: string, key: string, env: string): Promise<number> {
  const { releases } = await apiRequest(server, key, 'listReleases', {});
  const release = releases.find((r) => (r.environments as string[]).includes(env));
  if (!release) throw new UsageError(`nothing is published to ${env} yet`);
  return release.version;
}

/** Loads a bundle from the server (draft, an environment, a release) or from disk, validated. */
export async function loadBundleSource(source: string, options: Options): Promise<Loaded> {
  const remote = /^(?:(draft)|env:(staging|production)|release:([1-9]\d*))$/.exec(source);
  if (remote) {
    const { server, key } = serverOptions(options);
    const version = remote[1] ? undefined : remote[3] ? Number(remote[3]) : await releaseOfEnvironment(server, key, remote[2]!);
    const label = version === undefined ? 'the draft' : `release ${version}${remote[2] ? ` (${remote[2]})` : ''}`;
    const parsed = validateBundle(version === undefined ? await apiRequest(server, key, 'getDraft', {}) : await apiRequest(server, key, 'getRelease', { params: { version } }));
    return parsed.ok ? { ok: true, bundle: parsed.value, label } : { ok: false, errors: parsed.errors.map((e) => `${label}: ${e}`) };
  }
  if (/^(env|release):/.test(source)) throw new UsageError(`${source} is not a source: use ${sourceHelp}`);
  const info = await stat(source).catch(() => undefined);
  if (!info) throw new UsageError(`${source}: no such file or folder (sources: ${sourceHelp})`);
  if (info.isDirectory()) {
    const parsed = filesToBundle(await readFlowFolder(source));
    return parsed.ok ? { ok: true, bundle: parsed.value, label: source } : { ok: false, errors: parsed.errors.map((e) => `${source}/${e}`) };
  }
  const parsed = await readBundleFile(source);
  return parsed.ok ? { ok: true, bundle: parsed.value, label: source } : { ok: false, errors: parsed.errors.map((e) => `${source}: ${e}`) };
}
