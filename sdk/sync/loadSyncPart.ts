import type * as SyncPart from './syncPart.ts';

export type { SyncPart };

/**
 * The user state's sync, only with `server.syncUserState`. In the split builds this import is the
 * file `waymark.sync.js` next to the SDK's own script (scripts/sdkBuilds.ts rewrites it); the
 * one-file build carries the module.
 */
export const loadSyncPart = (): Promise<typeof SyncPart> => import('./syncPart.ts');
