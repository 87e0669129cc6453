import { describeChanges } from '../../shared/flowfiles/describeChanges.ts';
import { UsageError, type Options } from './cliOptions.ts';
import { loadBundleSource, sourceHelp } from './loadBundleSource.ts';

/** `waymark diff <from> <to>`: the changes in words; exit 0 when there are none, 1 when there are (as diff(1)). */
export async function diffCommand(positionals: string[], options: Options): Promise<number> {
  if (positionals.length !== 2) throw new UsageError(`diff takes two sources: ${sourceHelp}`);
  const [before, after] = await Promise.all([loadBundleSource(positionals[0]!, options), loadBundleSource(positionals[1]!, options)]);
  const errors = [...(before.ok ? [] : before.errors), ...(after.ok ? [] : after.errors)];
  if (!before.ok || !after.ok) {
    for (const error of errors) console.error(error);
    return 2;
  }
  const lines = describeChanges(before.bundle, after.bundle);
  if (!lines.length) {
    console.log(`No changes from ${before.label} to ${after.label}`);
    return 0;
  }
  console.log(`${lines.length} ${lines.length === 1 ? 'change' : 'changes'} from ${before.label} to ${after.label}:`);
  for (const line of lines) console.log(`  ${line}`);
  return 1;
}
