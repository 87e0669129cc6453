import type * as AnchorPart from './anchorPart.ts';

export type { AnchorPart };

/**
 * Anchor resolution, only for bundles that point at elements. In the split builds this import is
 * the file `waymark.anchors.js` next to the SDK's own script (scripts/sdkBuilds.ts rewrites it);
 * the one-file build carries the module.
 */
export const loadAnchorPart = (): Promise<typeof AnchorPart> => import('./anchorPart.ts');
