import { ApiError } from './ApiError.ts';

/**
 * A Postgres error caused by the values sent, not by the server: SQLSTATE class 22 (data
 * exception: out of range, invalid text, …) and 54001 (statement too complex, stack depth).
 * Both PGlite and node-postgres put the SQLSTATE in `code`.
 */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^(22[0-9A-Z]{3}|54001)$/.test(code)) return undefined;
  const detail = (error as Error).message.split('\n')[0];
  return new ApiError(400, 'invalid_data', `the database cannot store a value of this request: ${detail}`);
}
