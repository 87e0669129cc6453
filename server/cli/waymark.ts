import { parseArgs } from 'node:util';
import type { EventPage } from '../../shared/api/responses.ts';
import { apiRequest, RequestFailed } from './apiRequest.ts';
import { required, UsageError, type Options } from './cliOptions.ts';
import { checkCommand } from './checkCommand.ts';
import { diffCommand } from './diffCommand.ts';
import { parseSince } from './parseSince.ts';
import { pullCommand } from './pullCommand.ts';
import { pushCommand } from './pushCommand.ts';
import { readBundleFile } from './readBundleFile.ts';

const usage = `Usage: waymark <command> [options]

  serve [--port 4400] [--host 127.0.0.1]
      Run the server (PGlite in WAYMARK_DATA_DIR, default .waymark-data/, or DATABASE_URL).
  validate <bundle.json>
      Check a bundle; prints each problem as path: problem and exits 1 when there is one.
  publish <bundle.json> --server URL --key wm_sk_… [--env production|staging] [--note text]
      Validate, then publish the bundle as a new release and point the environment at it.
  export-events --server URL --key wm_sk_… [--since ISO-date|epoch-ms]
      Write the project's events, oldest first, to stdout as NDJSON.
  rebuild-facts [--project ID] [--restart]
      Recompute the per-person facts reports read from the raw events (after a restore or a change
      of definitions) in the local database (as serve would open it); resumes an interrupted run.
  pull <folder> [--from draft|env:staging|env:production|release:N]
      Write the draft (default) or a release as files: bundle.json, flows/<id>.json, milestones.json,
      experiments.json, with a stable key order so they review well in git.
  push <folder> [--publish --env production|staging] [--note text]
      Validate the folder as publish does and save it as the draft; --publish then publishes it.
  diff <from> <to>
      The changes in words (flow added, step 3's anchor changed…); exit 1 when there are some.
      Each side: draft, env:staging, env:production, release:N, a folder or a bundle file.
  check <source> --base-url URL [--config waymark.check.json] [--format text|json|junit] [--output file] [--browser-path path]
      Validate the bundle as publish does, open every anchored step's page on the running build in
      headless Chromium and resolve its anchor with the SDK's resolver; exit 1 when one is missing,
      ambiguous or its page fails. Source as for diff.
  create-project --name NAME [--origin https://app.example]… [--no-identity-verification]
      Create a project in the local database (as serve would open it) and print its keys.
      Identity verification is on unless --no-identity-verification (then user state is kept
      only for anonymous ids).
  rotate-secret-key --server URL --key wm_sk_…
      Replace the project's secret key; prints the new one. The old key stops working at once.
  rotate-identity-secret --server URL --key wm_sk_… [--grace-hours 24]
      Replace the identity secret; prints the new one. Hashes made with the old secret still
      count for --grace-hours (0 to 720), while your backend switches to the new one.

--server and --key default to WAYMARK_SERVER and WAYMARK_SECRET_KEY.`;


function onlyFile(positionals: string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`${command} takes one bundle file`);
  return positionals[0]!;
}

async function validate(file: string): Promise<number> {
  const result = await readBundleFile(file);
  if (!result.ok) {
    for (const error of result.errors) console.error(`${file}: ${error}`);
    return 1;
  }
  const { flows, milestones = [], experiments = [] } = result.value;
  console.log(`${file}: valid (${flows.length} flows, ${milestones.length} milestones, ${experiments.length} experiments)`);
  return 0;
}

async function publish(file: string, options: Options): Promise<number> {
  const server = required(options, 'server', 'WAYMARK_SERVER');
  const key = required(options, 'key', 'WAYMARK_SECRET_KEY');
  const env = (options.env as string | undefined) ?? 'production';
  if (env !== 'production' && env !== 'staging') throw new UsageError('--env must be production or staging');
  const bundle = await readBundleFile(file);
  if (!bundle.ok) {
    for (const error of bundle.errors) console.error(`${file}: ${error}`);
    return 1;
  }
  const release = await apiRequest(server, key, 'publishRelease', {
    body: { env, bundle: bundle.value, ...(typeof options.note === 'string' ? { note: options.note } : {}) },
  });
  console.log(`Published ${file} as release ${release.version} to ${release.env} (ETag ${release.etag})`);
  return 0;
}

async function exportEvents(options: Options): Promise<number> {
  const server = required(options, 'server', 'WAYMARK_SERVER');
  const key = required(options, 'key', 'WAYMARK_SECRET_KEY');
  const since = typeof options.since === 'string' ? parseSince(options.since) : 0;
  if (since === undefined) throw new UsageError('--since must be an ISO 8601 date (2026-11-01, 2026-11-01T09:00:00Z) or epoch milliseconds');
  const { startProgress } = await import('./progress.ts');
  const progress = startProgress({ label: 'exported', unit: 'events' });
  let cursor: string | null = null;
  let count = 0;
  do {
    const page: EventPage = await apiRequest(server, key, 'listEvents', { query: { since, limit: 5000, ...(cursor ? { cursor } : {}) } });
    if (page.events.length) process.stdout.write(page.events.map((e) => `${JSON.stringify(e)}\n`).join(''));
    count += page.events.length;
    progress.advance(page.events.length);
    cursor = page.next;
  } while (cursor);
  progress.finish();
  return 0;
}

async function createProjectCommand(options: Options): Promise<number> {
  const name = required(options, 'name');
  const allowedOrigins = (options.origin as string[] | undefined) ?? [];
  const { originProblem } = await import('../store/allowedOrigin.ts');
  for (const origin of allowedOrigins) {
    const problem = originProblem(origin);
    if (problem) throw new UsageError(`--origin ${problem}`);
  }
  if (options['identity-verification'] === true && options['no-identity-verification'] === true) {
    throw new UsageError('--identity-verification and --no-identity-verification contradict each other');
  }
  // Loaded here so that the HTTP commands start without the database drivers.
  const { databaseConfigFromEnv, openDatabase } = await import('../db/openDatabase.ts');
  const { createProject } = await import('../store/projects.ts');
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    const { project, secretKey } = await createProject(db, {
      name,
      allowedOrigins,
      identityVerification: options['no-identity-verification'] !== true,
    });
    console.log(`Created project ${project.name} (${project.id})`);
    console.log(`  public key:      ${project.publicKey}   (for the SDK, safe in pages)`);
    console.log(`  secret key:      ${secretKey}   (for the CLI and the extension; shown only now)`);
    console.log(`  identity secret: ${project.identitySecret}   (your backend signs user ids with it)`);
    console.log(`  identity verification: ${project.identityVerification ? 'on (send userHash for signed-in users)' : 'off (user state only for anonymous ids)'}`);
  } finally {
    await db.close();
  }
  return 0;
}

async function rebuildFactsCommand(options: Options): Promise<number> {
  const { databaseConfigFromEnv, openDatabase } = await import('../db/openDatabase.ts');
  const { rebuildFacts } = await import('../store/rebuildFacts.ts');
  const { startProgress } = await import('./progress.ts');
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    let progress: ReturnType<typeof startProgress> | undefined;
    const result = await rebuildFacts(db, {
      ...(typeof options.project === 'string' ? { projectId: options.project } : {}),
      restart: options.restart === true,
      onStart: (projectId, total, resumedAt) => {
        progress?.finish();
        progress = startProgress({ label: `rebuilt facts of ${projectId}${resumedAt > 0 ? ` (resumed at ${resumedAt})` : ''}:`, unit: 'events', total: total - resumedAt });
      },
      onBatch: (n) => progress?.advance(n),
    });
    progress?.finish(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    console.error(`rebuilt the facts of ${result.projects} project${result.projects === 1 ? '' : 's'} from ${result.events} events`);
  } finally {
    await db.close();
  }
  return 0;
}

async function rotateSecretKeyCommand(options: Options): Promise<number> {
  const server = required(options, 'server', 'WAYMARK_SERVER');
  const key = required(options, 'key', 'WAYMARK_SECRET_KEY');
  const { secretKey } = await apiRequest(server, key, 'rotateSecretKey', {});
  console.log(`New secret key: ${secretKey}   (shown only now; the old key no longer works)`);
  return 0;
}

async function rotateIdentitySecretCommand(options: Options): Promise<number> {
  const server = required(options, 'server', 'WAYMARK_SERVER');
  const key = required(options, 'key', 'WAYMARK_SECRET_KEY');
  const hours = Number(options['grace-hours'] ?? 24);
  if (!Number.isFinite(hours) || hours < 0 || hours > 720) throw new UsageError('--grace-hours must be a number of hours from 0 to 720');
  const rotated = await apiRequest(server, key, 'rotateIdentitySecret', {
    body: { graceSeconds: Math.round(hours * 3600) },
  });
  console.log(`New identity secret: ${rotated.identitySecret}`);
  console.log(`Hashes made with the previous secret count until ${new Date(rotated.previousValidUntil).toISOString()}.`);
  return 0;
}

async function serve(options: Options): Promise<number> {
  const port = Number(options.port ?? process.env.PORT ?? 4400);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number');
  const { startServer } = await import('../startServer.ts');
  const server = await startServer({ port, hostname: (options.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1' });
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void server.close().finally(resolve));
  });
  return 0;
}

/** Runs one command; resolves to the process exit code (0 ok, 1 failed, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        server: { type: 'string' },
        key: { type: 'string' },
        env: { type: 'string' },
        note: { type: 'string' },
        since: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        name: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'identity-verification': { type: 'boolean' },
        project: { type: 'string' },
        restart: { type: 'boolean' },
        'no-identity-verification': { type: 'boolean' },
        'grace-hours': { type: 'string' },
        from: { type: 'string' },
        publish: { type: 'boolean' },
        'base-url': { type: 'string' },
        config: { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string' },
        'browser-path': { type: 'string' },
      },
    });
    switch (command) {
      case 'serve': return await serve(values);
      case 'validate': return await validate(onlyFile(positionals, 'validate'));
      case 'publish': return await publish(onlyFile(positionals, 'publish'), values);
      case 'export-events': return await exportEvents(values);
      case 'create-project': return await createProjectCommand(values);
      case 'rebuild-facts': return await rebuildFactsCommand(values);
      case 'rotate-secret-key': return await rotateSecretKeyCommand(values);
      case 'rotate-identity-secret': return await rotateIdentitySecretCommand(values);
      case 'pull': return await pullCommand(positionals, values);
      case 'push': return await pushCommand(positionals, values);
      case 'diff': return await diffCommand(positionals, values);
      case 'check': return await checkCommand(positionals, values);
      case undefined: case 'help': case '--help': case '-h':
        console.log(usage);
        return command === undefined ? 2 : 0;
      default: throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof RequestFailed) {
      console.error(`waymark ${command}: ${error.message}`);
      return 1;
    }
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`waymark ${command}: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
