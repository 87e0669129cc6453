import type * as UiModule from './uiModule.ts';

export type { UiModule };

/**
 * Loads the renderers when there is something to show. In the built SDK this import is the file
 * `waymark.ui.js` next to the SDK's own script (scripts/sdkBuilds.ts rewrites it); bundlers and
 * tests resolve the source module.
 */
export const loadUi = (): Promise<typeof UiModule> => import('./uiModule.ts');
