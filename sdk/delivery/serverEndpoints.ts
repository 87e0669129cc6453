import { apiPath } from '../../shared/api/apiPath.ts';
import type { Environment } from '../../shared/api/environment.ts';
import { getBundle, getUserState, postEvents } from '../../shared/api/routes.ts';
import { version } from '../version.ts';

export interface ServerOptions {
  /** Base URL of a Waymark server, e.g. `https://waymark.example.com`. */
  url: string;
  /** The project's public key (`wm_pk_…`). */
  publicKey: string;
  /**
   * Which published release to load, and the environment events are recorded in.
   * @default 'production'
   */
  env?: Environment;
  /**
   * For projects with identity verification (the default): hex(HMAC-SHA256(identity secret, userId)),
   * computed by your backend. A string is the hash of the `userId` given to `init`; a function is
   * asked for the hash of each user the page signs in (`init`'s userId, then `identify`'s), and may
   * fetch it from your backend. Without it the server refuses this user's state, and stores the
   * user's events as unverified (reports can leave those out).
   */
  userHash?: string | ((userId: string) => string | Promise<string>);
  /**
   * Keep the user's progress in step across devices (needs a `userId`).
   * @default true
   */
  syncUserState?: boolean;
}

/** The public endpoints of the API contract (shared/api/routes.ts) for one project. The bundle request names the SDK's version (`sdk=`), for the server's logs. */
export function serverEndpoints({ url, publicKey, env = 'production' }: Pick<ServerOptions, 'url' | 'publicKey' | 'env'>) {
  const origin = url.replace(/\/+$/, '');
  return {
    bundle: `${origin}${apiPath(getBundle.path, { publicKey })}?env=${env}&sdk=${version}`,
    // The server files a batch without `env` under production, so production's URL stays the plain one.
    events: `${origin}${apiPath(postEvents.path, { publicKey })}${env === 'production' ? '' : `?env=${env}`}`,
    userState: (userId: string) => `${origin}${apiPath(getUserState.path, { publicKey, userId })}`,
  };
}
