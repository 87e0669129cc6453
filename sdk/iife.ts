import { init } from './init.ts';
import { replayQueue } from './replayQueue.ts';
import { version } from './version.ts';
import { askDatabaseNamesEarly } from './storage/databaseNames.ts';

/** The script-tag build: `window.Waymark.init({...})`, or a take-over of the async snippet's queue. */
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
