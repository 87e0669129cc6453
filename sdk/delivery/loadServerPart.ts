import type * as ServerPart from './serverPart.ts';

export type { ServerPart };

/**
 * Event delivery and the user state's sync, off the path to the first step. In the split builds
 * this import is the file `waymark.delivery.js` next to the SDK's own script (scripts/sdkBuilds.ts
 * rewrites it); in the one-file build esbuild keeps the module in the file and evaluates it on the
 * first call.
 */
export const loadServerPart = (): Promise<typeof ServerPart> => import('./serverPart.ts');
