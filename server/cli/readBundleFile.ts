import { readFile } from 'node:fs/promises';
import type { Bundle } from '../../shared/schema/bundle.ts';
import { validateBundle, type ParseResult } from '../../shared/schema/parse.ts';

/** Reads and strictly validates a bundle file; problems come back as `path: problem` lines. */
export async function readBundleFile(path: string): Promise<ParseResult<Bundle>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, errors: [`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(root): not valid JSON: ${(error as Error).message}`] };
  }
  return validateBundle(json);
}
