/*
 * The user state's sync with the server, in one module. The split builds load it as
 * `waymark.sync.js` (see LazySync); the one-file build keeps it.
 */
export { UserStateSync } from './UserStateSync.ts';
