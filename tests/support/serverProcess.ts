/**
 * A Waymark server in its own process (`node --import tsx server/main.ts`) on a fixed port with
 * its own PGlite folder, so a test can take it down, kill it with SIGKILL mid-request, and start
 * it again on the same address and data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';


export interface ServerProcess {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly running: boolean;
  /** What the current (or last) process printed. */
  readonly output: string;
  /** Starts the process and waits until /healthz answers. */
  start(): Promise<void>;
  /**
   * Sends `signal` and waits for the process to exit. A SIGTERM it has not answered within
   * `graceMs` is followed by SIGKILL and an error naming what the server printed, so a shutdown
   * that hangs fails the test with its reason rather than its timeout.
   */
  kill(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

export async function serverProcess({ port, dataDir }: { port?: number; dataDir?: string } = {}): Promise<ServerProcess> {
  const chosenPort = port ?? (await freePort());
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'waymark-e2e-server-'));
  const url = `http://127.0.0.1:${chosenPort}`;
  let child: ChildProcess | null = null;
  let output = '';

  const exited = (proc: ChildProcess) =>
    new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));

  return {
    url,
    port: chosenPort,
    dataDir: dir,
    get running() {
      return child !== null;
    },
    get output() {
      return output;
    },
    async start() {
      if (child) return;
      output = '';
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: { ...process.env, PORT: String(chosenPort), WAYMARK_DATA_DIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      proc.stdout!.on('data', (chunk) => (output += chunk));
      proc.stderr!.on('data', (chunk) => (output += chunk));
      proc.once('exit', () => {
        if (child === proc) child = null;
      });
      const startedAt = Date.now();
      const deadline = startedAt + 60_000;
      while (Date.now() < deadline) {
        if (child !== proc) throw new Error(`the server on ${url} exited while starting:\n${output}`);
        try {
          if ((await fetch(`${url}/healthz`)).ok) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      proc.kill('SIGKILL');
      throw new Error(`the server on ${url} did not answer /healthz within ${Math.round((Date.now() - startedAt) / 1000)} s:\n${output}`);
    },
    async kill(signal: NodeJS.Signals = 'SIGTERM', graceMs = 20_000) {
      const proc = child;
      if (!proc) return;
      proc.kill(signal);
      const inTime = await Promise.race([exited(proc).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs))]);
      if (!inTime) {
        proc.kill('SIGKILL');
        await exited(proc);
      }
      child = null;
      if (!inTime) throw new Error(`the server on ${url} did not exit within ${graceMs / 1000} s of ${signal}:\n${output}`);
    },
  };
}
