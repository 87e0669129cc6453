import type * as z from 'zod/mini';
import { findReservedKeys } from './findReservedKeys.ts';
import { formatIssues, issueMessage } from './formatIssues.ts';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** `reservedKeysOf` is what is searched for `__proto__` keys (the whole input unless given). */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, reservedKeysOf: unknown = input): ParseResult<T> {
  const result = schema.safeParse(input, { error: issueMessage });
  const reserved = findReservedKeys(reservedKeysOf);
  if (result.success && reserved.length === 0) return { ok: true, value: result.data };
  return { ok: false, errors: [...reserved, ...(result.success ? [] : formatIssues(result.error.issues))] };
}
