import { init } from './init.ts';
import { version } from './version.ts';

/** The script-tag build: `window.Waymark.init({...})`. */
(globalThis as unknown as { Waymark: { init: typeof init; version: string } }).Waymark = { init, version };
