/** `@waymark/sdk/vue`: a plugin that creates one SDK instance for the app, and a composable to reach it. */
import { inject, type App, type InjectionKey } from 'vue';
import { init, type InitOptions, type Waymark } from '../index.ts';

export const waymarkKey: InjectionKey<Waymark> = Symbol('waymark');

/**
 * `app.use(createWaymark(options))`: calls `init(options)` when the app installs it (outside a
 * browser that is the inert instance) and destroys the instance when the app unmounts.
 */
export function createWaymark(options: InitOptions = {}): { install(app: App): void } {
  return {
    install(app) {
      const waymark = init(options);
      app.provide(waymarkKey, waymark);
      app.onUnmount?.(() => waymark.destroy());
    },
  };
}

/** The app's SDK instance, from a component's `setup`; null when the plugin is not installed. */
export function useWaymark(): Waymark | null {
  return inject(waymarkKey, null);
}
