export { init } from './init.ts';
export { Waymark } from './Waymark.ts';
export { version } from './version.ts';

export type { InitOptions, WaymarkError } from './options.ts';
export type { StartOptions, WaymarkPayload } from './Waymark.ts';
export type { EventEnvelope } from '../shared/schema/event.ts';
export type { Flow } from '../shared/schema/flow.ts';
