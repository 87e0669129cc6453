import type * as DeliveryPart from './deliveryPart.ts';

export type { DeliveryPart };

/**
 * Event delivery, off the path to the first step. In the split builds this import is the file
 * `waymark.delivery.js` next to the SDK's own script (scripts/sdkBuilds.ts rewrites it); the
 * one-file build carries the module.
 */
export const loadDeliveryPart = (): Promise<typeof DeliveryPart> => import('./deliveryPart.ts');
