/*
 * What the SDK needs only with a server, in one module: event delivery and the user state's sync.
 * The split builds load it as `waymark.delivery.js` (after the first step is on screen, or at once
 * for a sync's pull); the one-file build keeps it and evaluates it on first use.
 */
export { EventDelivery } from './EventDelivery.ts';
export { UserStateSync } from '../sync/UserStateSync.ts';
