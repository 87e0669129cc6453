/** What this machine has for `npm test`, and what it is allowed to do about what it lacks. */
export interface ToolsFound {
  chromium: boolean;
  postgres: boolean;
  /** Debian or a derivative (apt-get and Debian's package names). */
  debian: boolean;
  /** Running as root, so apt-get may install. */
  root: boolean;
  /** CI=true: a missing Postgres fails instead of being skipped. */
  ci: boolean;
}

export type ToolsPlan =
  | { action: 'run' }
  | { action: 'install'; packages: string[]; command: string }
  | { action: 'stop'; message: string }
  | { action: 'warn'; message: string };

/**
 * Before the tests: install Debian's Chromium and Postgres when missing and allowed (root on
 * Debian, as .ci/run does), otherwise stop at once with the exact command to run. Without
 * Postgres the server tests skip their Postgres half locally, so that alone only warns (not on CI).
 */
export function planTestTools(found: ToolsFound): ToolsPlan {
  const missing = [...(found.chromium ? [] : ['chromium']), ...(found.postgres ? [] : ['postgresql'])];
  if (!missing.length) return { action: 'run' };
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (found.debian && found.root) return { action: 'install', packages: missing, command };
  const how = found.debian ? `sudo sh -c '${command}'` : `install ${missing.map((p) => (p === 'chromium' ? 'Chromium (then set CHROMIUM_PATH to its binary)' : 'PostgreSQL 15+ (then set PG_BIN to its bin folder)')).join(' and ')}`;
  if (!found.chromium || found.ci) return { action: 'stop', message: `npm test needs ${missing.join(' and ')}, which this machine lacks. Run:\n  ${how}\nthen npm test again.` };
  return { action: 'warn', message: `PostgreSQL is not installed: the server tests run on PGlite only. For both, run:\n  ${how}` };
}
