/*
 * The user state's sync with the server, in one module. The split builds load it as
 * `waymark.sync.js` as start-up begins (its pull comes before the first step); the one-file build
 * keeps it.
 */
export { UserStateSync } from './UserStateSync.ts';
