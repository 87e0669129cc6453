import * as validation from './validation.ts';

/**
 * The schema validators. Bundled with the core: a lazily evaluated module (`import()` inlined)
 * costs more bytes than its evaluation saves; what start-up avoids is running them before the
 * first step (see `quickBundle`).
 */
export const loadValidation = (): Promise<typeof validation> => Promise.resolve(validation);
