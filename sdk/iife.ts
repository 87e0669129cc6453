import { init } from './init.ts';
import { replayQueue } from './replayQueue.ts';
import { version } from './version.ts';
import { askDatabaseNamesEarly } from './storage/databaseNames.ts';

/** The script-tag build: `window.Waymark.init({...})`, or a take-over of the async snippet's queue. */
// The validators are evaluated on first use, after the first step; what breaks their set-up on a page
// is looked for here, at load, so such a page gets the load guard's warning and an inert Waymark
// (scripts/sdkLoadGuard.ts) rather than a half-working SDK.
if (Object.keys(Object.prototype).length > 0) throw new Error('the schema library cannot run on this page');
// The answer travels while the page goes on to the script that calls init.
askDatabaseNamesEarly();
const global = globalThis as unknown as { Waymark: { init: typeof init; version: string }; waymark?: unknown };
global.Waymark = { init, version };
try {
  const instance = replayQueue(global.waymark, init);
  if (instance) global.waymark = instance;
} catch {
  // A malformed queue must not break the page; the stub simply stays inert.
}
