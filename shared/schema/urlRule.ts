import * as z from 'zod/mini';
import { compileRegex } from '../regex/index.ts';

const Pattern = z.string().check(z.minLength(1), z.maxLength(1000));

/** Regex rules run in the linear-time dialect of shared/regex; what it refuses is named in the issue. */
const validRegex = z.check<string>((ctx) => {
  const compiled = compileRegex(ctx.value);
  if (!compiled.ok) ctx.issues.push({ code: 'custom', message: `is not a valid regular expression: ${compiled.error}`, input: ctx.value });
});

/** How a page URL (path + query, or a full URL) is matched. */
export const UrlRule = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('exact'), value: Pattern }),
  /** `*` matches within one path segment, `**` across segments. */
  z.strictObject({ type: z.literal('glob'), value: Pattern }),
  /** Express-style path with params, e.g. `/projects/:id/settings`. */
  z.strictObject({ type: z.literal('path'), value: Pattern }),
  z.strictObject({ type: z.literal('regex'), value: Pattern.check(validRegex) }),
  /** The query string contains this text, e.g. `tab=billing`. */
  z.strictObject({ type: z.literal('query'), value: Pattern }),
]);
export type UrlRule = z.infer<typeof UrlRule>;

/** A page matches when any include rule matches and no exclude rule does. */
export const PageRules = z.strictObject({
  include: z.array(UrlRule).check(z.minLength(1, 'at least one include rule')),
  exclude: z.optional(z.array(UrlRule)),
});
export type PageRules = z.infer<typeof PageRules>;
