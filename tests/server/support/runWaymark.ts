import { execFile } from 'node:child_process';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `waymark` bin as a user would (WAYMARK_SERVER/KEY cleared unless given in env). */
export function runWaymark(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/waymark.js', ...args], { env: { ...process.env, WAYMARK_SERVER: '', WAYMARK_SECRET_KEY: '', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
