/** Waymark on the hostile CSS page: the flows of every kind, and the page's own buttons wired to it. */
import { hostileBundle } from './hostileFlows.ts';

interface WaymarkInstance {
  track(name: string): void;
  start(flowId: string, options?: { force?: boolean }): void;
}
const global = window as unknown as { Waymark?: { init(options: Record<string, unknown>): WaymarkInstance }; waymark?: WaymarkInstance };

if (global.Waymark) {
  const waymark = global.Waymark.init({ flows: hostileBundle, dbName: new URLSearchParams(location.search).get('db') ?? 'waymark-hostile' });
  global.waymark = waymark;
  const on = (testid: string, fn: () => void) => document.querySelector(`[data-testid="${testid}"]`)?.addEventListener('click', fn);
  on('whats-new', () => waymark.start('hostile-modal', { force: true }));
  on('publish', () => waymark.track('published'));
  on('finish-setup', () => waymark.track('setup_finished'));
}
