import { loadValidationChunk } from './loadValidationChunk.ts';
import type * as Validation from './validation.ts';

export type { Validation };

let loading: Promise<typeof Validation> | undefined;

/**
 * The schema validators (zod and the full flow schema), kept off the path to the first step: the
 * quick look (`quickBundle`) is enough to start, the full check runs in idle time after. They come
 * from the validators' chunk (see loadValidationChunk.ts), set up a group of schemas per task.
 */
export const loadValidation = (): Promise<typeof Validation> => {
  loading ??= loadValidationChunk().then((chunk) => chunk.setUp());
  // A chunk that failed may be asked for again (another instance, a later bundle).
  loading.catch(() => (loading = undefined));
  return loading;
};
