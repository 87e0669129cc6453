import * as z from 'zod/mini';
import { readFile } from 'node:fs/promises';
import { formatIssues, issueMessage } from '../../../shared/schema/formatIssues.ts';
import type { ParseResult } from '../../../shared/schema/parse.ts';

const Text = z.string().check(z.minLength(1), z.maxLength(2000));

/** `waymark.check.json`: what the checker needs to turn page rules into pages it can open. */
export const CheckConfig = z.strictObject({
  $schema: z.optional(z.string()),
  /** The running build to check; `--base-url` wins. */
  baseUrl: z.optional(Text),
  /** Sample values for `:name` segments of `path` rules, e.g. `{ "projectId": "42" }`. */
  params: z.optional(z.record(z.string(), Text)),
  /** A concrete page for a rule whose value is the key (globs with `*`, regex and query rules). */
  pages: z.optional(z.record(z.string(), Text)),
  /** The page for every step of a flow, by flow id (flows started by an event or from code). */
  flows: z.optional(z.record(z.string(), Text)),
  /** Signs in first: opens `url`, fills each field (CSS selector → value; `${NAME}` reads the environment), clicks `submit`. */
  login: z.optional(z.strictObject({
    url: Text,
    fields: z.record(z.string(), z.string()),
    submit: Text,
    /** Wait for this selector after submitting; by default, for the URL to leave the login page. */
    waitFor: z.optional(Text),
  })),
  /** A Playwright storage-state file (cookies, localStorage) of a signed-in session, instead of `login`. */
  storageState: z.optional(Text),
  /** How long a page may take to show its anchors, in ms. Default 5000. */
  timeoutMs: z.optional(z.number().check(z.int(), z.positive(), z.lte(120000))),
});
export type CheckConfig = z.infer<typeof CheckConfig>;

export const DEFAULT_CONFIG_FILE = 'waymark.check.json';

/** Reads the config; without `--config`, a missing `waymark.check.json` means an empty config. */
export async function loadCheckConfig(path: string | undefined): Promise<ParseResult<CheckConfig>> {
  const file = path ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (path === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, value: {} };
    return { ok: false, errors: [`${file}: cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${file}: not valid JSON: ${(error as Error).message}`] };
  }
  const result = CheckConfig.safeParse(json, { error: issueMessage });
  if (result.success) return { ok: true, value: result.data };
  if (result.error.issues.some((issue) => issue.path.length === 0 && issue.code === 'invalid_type')) return { ok: false, errors: [`${file}: (root): expected an object`] };
  return { ok: false, errors: formatIssues(result.error.issues).map((line) => `${file}: ${line}`) };
}

/** `${NAME}` in a login field value, from the environment (secrets stay out of the file). */
export function expandEnv(value: string, env: NodeJS.ProcessEnv = process.env): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_, name: string) => {
    const found = env[name];
    if (found === undefined) throw new Error(`login: the environment variable ${name} is not set`);
    return found;
  });
}
