import * as z from 'zod/mini';

const Color = z.string().check(
  z.regex(/^(#[0-9a-fA-F]{3,8}|(rgb|hsl)a?\(\s*[0-9.%,\s/]+\))$/, 'must be a hex, rgb() or hsl() colour'),
);

/** Brand overrides, applied as CSS custom properties; values are validated so they cannot inject CSS. */
export const Theme = z.strictObject({
  brandColor: z.optional(Color),
  textColor: z.optional(Color),
  backgroundColor: z.optional(Color),
  /** A font-family list, e.g. `"Inter", system-ui, sans-serif`. */
  font: z.optional(z.string().check(z.regex(/^[A-Za-z0-9 ,'"-]{1,200}$/, 'must be a font-family list of names, spaces, commas and quotes'))),
  /** Corner radius in px. */
  radius: z.optional(z.number().check(z.gte(0), z.lte(40))),
  mode: z.optional(z.enum(['light', 'dark', 'auto'])),
});
export type Theme = z.infer<typeof Theme>;
