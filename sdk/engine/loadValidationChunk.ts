import type * as ValidationChunk from './validationChunk.ts';

export type { ValidationChunk };

/**
 * The validators' chunk. In the split builds this import is the file `waymark.validation.js` next
 * to the SDK's own script (scripts/sdkBuilds.ts rewrites it); in the one-file build esbuild keeps
 * the module in the file and evaluates it on the first call.
 */
export const loadValidationChunk = (): Promise<typeof ValidationChunk> => import('./validationChunk.ts');
