import type * as Validation from './validation.ts';

export type { Validation };

/**
 * The schema validators (zod and the full flow schema), kept off the path to the first step: the
 * quick look (`quickBundle`) is enough to start, the full check runs in idle time after. In the
 * split builds this import is the file `waymark.validation.js` next to the SDK's own script
 * (scripts/sdkBuilds.ts rewrites it); in the one-file build esbuild keeps the module in the file
 * and evaluates it on the first call, so building the schemas is not part of the script's own task.
 */
export const loadValidation = (): Promise<typeof Validation> => import('./validation.ts');
