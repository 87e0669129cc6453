import type { Environment } from '../../shared/api/environment.ts';
import { apiRequest } from './apiRequest.ts';
import { serverOptions, UsageError, type Options } from './cliOptions.ts';
import { loadBundleSource } from './loadBundleSource.ts';

/**
 * `waymark push <folder> [--publish --env staging|production] [--note text]`: validates the folder
 * and saves it as the project's draft (the builder opens the same draft); with --publish it then
 * publishes that draft as a new release of the environment.
 */
export async function pushCommand(positionals: string[], options: Options): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('push takes one folder (or bundle file)');
  const source = positionals[0]!;
  const env = options.env as string | undefined;
  if (options.publish && env !== 'staging' && env !== 'production') throw new UsageError('--publish needs --env staging or --env production');
  if (!options.publish && env !== undefined) throw new UsageError('--env is for --publish; without it push saves the draft');
  const { server, key } = serverOptions(options);
  if (/^(draft|env:|release:)/.test(source)) throw new UsageError('push takes a folder or a bundle file');
  const loaded = await loadBundleSource(source, options);
  if (!loaded.ok) {
    for (const error of loaded.errors) console.error(error);
    return 1;
  }
  await apiRequest(server, key, 'putDraft', { body: loaded.bundle });
  console.log(`Saved ${source} as the draft (${loaded.bundle.flows.length} flows)`);
  if (!options.publish) return 0;
  const release = await apiRequest(server, key, 'publishRelease', {
    body: { env: env as Environment, ...(typeof options.note === 'string' ? { note: options.note } : {}) },
  });
  console.log(`Published the draft as release ${release.version} to ${release.env}`);
  return 0;
}
