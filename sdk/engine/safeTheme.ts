import { Theme } from '../../shared/schema/theme.ts';

const fields = Theme.def.shape;
const keys = Object.keys(fields) as Array<keyof typeof fields>;

/**
 * The theme's fields that pass their schema, the rest dropped, so no value can break out of the
 * CSS property it is written to. Theme options given to `init` reach the SDK unvalidated; the
 * renderers trust what this returns (and stay free of the schema library).
 */
export function safeTheme(theme: unknown): Theme | undefined {
  if (typeof theme !== 'object' || theme === null) return undefined;
  const safe: Record<string, unknown> = {};
  for (const key of keys) {
    const value: unknown = (theme as Record<string, unknown>)[key];
    if (value !== undefined && fields[key].safeParse(value).success) safe[key] = value;
  }
  return safe as Theme;
}
