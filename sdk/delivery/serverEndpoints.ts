import { version } from '../version.ts';

export interface ServerOptions {
  /** Base URL of a Waymark server, e.g. `https://waymark.example.com`. */
  url: string;
  /** The project's public key (`wm_pk_…`). */
  publicKey: string;
  /** Which published release to load, and the environment events are recorded in. Default `production`. */
  env?: 'production' | 'staging';
  /**
   * For projects with identity verification (the default): hex(HMAC-SHA256(identity secret, userId)),
   * computed by your backend. A string is the hash of the `userId` given to `init`; a function is
   * asked for the hash of each user the page signs in (`init`'s userId, then `identify`'s), and may
   * fetch it from your backend. Without it the server refuses this user's state, and stores the
   * user's events as unverified (reports can leave those out).
   */
  userHash?: string | ((userId: string) => string | Promise<string>);
  /** Keep the user's progress in step across devices (needs a `userId`). Default true. */
  syncUserState?: boolean;
}

/** The public endpoints of docs/server-api.md for one project. The bundle request names the SDK's version (`sdk=`), for the server's logs. */
export function serverEndpoints({ url, publicKey, env = 'production' }: Pick<ServerOptions, 'url' | 'publicKey' | 'env'>) {
  const base = `${url.replace(/\/+$/, '')}/v1/p/${encodeURIComponent(publicKey)}`;
  return {
    bundle: `${base}/bundle?env=${env}&sdk=${version}`,
    // The server files a batch without `env` under production, so production's URL stays the plain one.
    events: env === 'production' ? `${base}/events` : `${base}/events?env=${env}`,
    userState: (userId: string) => `${base}/users/${encodeURIComponent(userId)}/state`,
  };
}
