import { bundleToFiles } from '../../shared/flowfiles/bundleToFiles.ts';
import { UsageError, type Options } from './cliOptions.ts';
import { writeFlowFolder } from './flowFolder.ts';
import { loadBundleSource } from './loadBundleSource.ts';

/** `waymark pull <folder> [--from draft|env:…|release:N]`: the bundle as reviewable files. */
export async function pullCommand(positionals: string[], options: Options): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('pull takes one folder');
  const dir = positionals[0]!;
  const from = typeof options.from === 'string' ? options.from : typeof options.env === 'string' ? `env:${options.env}` : 'draft';
  if (!/^(draft|env:.+|release:.+)$/.test(from)) throw new UsageError('--from must be draft, env:staging, env:production or release:N');
  const loaded = await loadBundleSource(from, options);
  if (!loaded.ok) {
    for (const error of loaded.errors) console.error(error);
    return 1;
  }
  const { written, removed } = await writeFlowFolder(dir, bundleToFiles(loaded.bundle));
  console.log(`Pulled ${loaded.label} into ${dir}: ${loaded.bundle.flows.length} flows; ${written.length} files written, ${removed.length} removed`);
  return 0;
}
