/** What parseArgs hands each command. */
export type Options = Record<string, string | boolean | string[] | undefined>;

/** Wrong or missing arguments: printed with the usage, exit 2. */
export class UsageError extends Error {}

export function required(options: Options, name: string, env?: string): string {
  const value = options[name] ?? (env ? process.env[env] : undefined);
  if (typeof value !== 'string' || value === '') throw new UsageError(`--${name} is required${env ? ` (or ${env})` : ''}`);
  return value;
}

/** `--server` and `--key` (or WAYMARK_SERVER, WAYMARK_SECRET_KEY). */
export function serverOptions(options: Options): { server: string; key: string } {
  return { server: required(options, 'server', 'WAYMARK_SERVER'), key: required(options, 'key', 'WAYMARK_SECRET_KEY') };
}
