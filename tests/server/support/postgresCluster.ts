import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../support/freePort.ts';

export interface PostgresCluster {
  url: string;
  port: number;
  stop(): void;
}

/** The newest Debian/Ubuntu install (`/usr/lib/postgresql/<major>/bin`), or `PG_BIN`. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const majors = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors[0] && join(root, majors[0], 'bin');
}


/**
 * A throwaway Postgres cluster on loopback: initdb into a temp folder, pg_ctl start on a free
 * port, trust auth, fsync off. Postgres refuses to run as root, so as root it runs as `postgres`.
 */
export async function startPostgresCluster(bin: string): Promise<PostgresCluster> {
  return startCluster(bin, 'initdb', (data) => ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
}

/**
 * A hot-standby replica of `primary`, streaming from it: `pg_basebackup -R` (which writes
 * standby.signal and primary_conninfo) into a temp folder, started on a port of its own.
 */
export async function startStandbyCluster(bin: string, primary: PostgresCluster): Promise<PostgresCluster> {
  return startCluster(bin, 'pg_basebackup', (data) => ['-D', data, '-R', '-X', 'stream', '-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '--no-sync']);
}

async function startCluster(bin: string, create: 'initdb' | 'pg_basebackup', createArgs: (data: string) => string[]): Promise<PostgresCluster> {
  const asRoot = process.getuid?.() === 0;
  const argv = (tool: string, args: string[]): [string, string[]] => {
    const command = join(bin, tool);
    return asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  };
  const run = (tool: string, args: string[]) => promisify(execFile)(...argv(tool, args));
  const runSync = (tool: string, args: string[]) => execFileSync(...argv(tool, args), { stdio: 'pipe' });
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    await run(create, createArgs(data));
    await run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -F -c max_connections=100`, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(`could not start a Postgres cluster (${create}) with ${bin}: ${(error as Error).message}\n${stderr}`);
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop() {
      try {
        runSync('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
