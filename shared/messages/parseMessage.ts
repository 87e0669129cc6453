import type * as z from 'zod/mini';
import { formatIssues, issueMessage } from '../schema/formatIssues.ts';
import type { ParseResult } from '../schema/parse.ts';

/** Validates one message against its schema; errors are `path: problem` lines. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input, { error: issueMessage });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error.issues) };
}
