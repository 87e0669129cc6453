import * as z from 'zod/mini';

/** Identifier for flows, steps, buttons, milestones, experiments: no spaces, no prototype keys. */
export const Id = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/, 'must be 1–80 characters of letters, digits, _ . : - and start with a letter or digit'),
);

export const ShortText = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'must be at most 200 characters'));

export const LongText = z.string().check(z.maxLength(5000, 'must be at most 5000 characters'));

export const LocaleTag = z.string().check(
  z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "pt-BR"'),
);

export const JourneyStage = z.enum(['acquisition', 'activation', 'adoption', 'retention', 'expansion', 'advocacy']);
export type JourneyStage = z.infer<typeof JourneyStage>;

/** Largest value a version column (Postgres `integer`) holds. */
export const MAX_INT32 = 2 ** 31 - 1;

/** A flow version or an experiment's bucketVersion: 1 to 2³¹−1. */
export const Version = z.number().check(z.int(), z.positive(), z.lte(MAX_INT32, `must be at most ${MAX_INT32}`));

/** Epoch milliseconds. */
export const Timestamp = z.number().check(z.int(), z.nonnegative());
