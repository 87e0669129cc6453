export interface ServerOptions {
  /** Base URL of a Waymark server, e.g. `https://waymark.example.com`. */
  url: string;
  /** The project's public key (`wm_pk_…`). */
  publicKey: string;
  /** Which published release to load. Default `production`. */
  env?: 'production' | 'staging';
}

/** The public endpoints of docs/server-api.md for one project. */
export function serverEndpoints({ url, publicKey, env = 'production' }: ServerOptions) {
  const base = `${url.replace(/\/+$/, '')}/v1/p/${encodeURIComponent(publicKey)}`;
  return {
    bundle: `${base}/bundle?env=${env}`,
    events: `${base}/events`,
    userState: (userId: string) => `${base}/users/${encodeURIComponent(userId)}/state`,
  };
}
