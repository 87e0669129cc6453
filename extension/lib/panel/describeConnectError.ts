import { getProject } from '../../../shared/api/routes.ts';

/** A failed check of a server URL and secret key, as the server (or the network) reported it. */
export interface ConnectFailure {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  code: string;
  message: string;
}

/** What the panel says when connecting fails: what failed, in words, and what to do next. */
export function describeConnectError(serverUrl: string, failure: ConnectFailure): { title: string; detail: string } {
  if (failure.status === 0) {
    return { title: `Could not reach ${serverUrl}`, detail: `${failure.message} Check the address and that the Waymark server is running.` };
  }
  if (failure.status === 401 || failure.status === 403) {
    return {
      title: 'The server refused this secret key',
      detail: `${serverUrl} answered ${failure.status} ${failure.code}: ${failure.message}. Paste the project's secret key (it starts with wm_sk_; the server prints the demo's when it starts, and \`waymark create-project\` prints a new project's).`,
    };
  }
  if (failure.status === 404) {
    return { title: `${serverUrl} is not a Waymark server`, detail: `It answered 404 to ${getProject.path}. Check the address: it is the URL the SDK's \`server.url\` names.` };
  }
  return { title: `${serverUrl} answered ${failure.status}`, detail: `${failure.code}: ${failure.message}` };
}

/** Checks a typed key before anything is sent; undefined when it looks like a secret key. */
export function secretKeyProblem(key: string): string | undefined {
  const trimmed = key.trim();
  if (!trimmed) return 'Paste the project\'s secret key: it starts with wm_sk_.';
  if (trimmed.startsWith('wm_pk_')) return 'This is the public key (wm_pk_…), which the SDK uses. The builder needs the secret key, which starts with wm_sk_.';
  if (!/^wm_sk_\S+$/.test(trimmed)) return 'A secret key starts with wm_sk_ and has no spaces.';
  return undefined;
}
