import * as z from 'zod/mini';
import { formatIssues, issueMessage } from '../../shared/schema/formatIssues.ts';
import { Environment } from '../../shared/api/environment.ts';
import { ApiError, invalidBody } from './ApiError.ts';

/** Parses with a request schema or throws the 400 naming the first problem. */
export function parseBody<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  const result = schema.safeParse(input, { error: issueMessage });
  if (!result.success) throw invalidBody(formatIssues(result.error.issues));
  return result.data;
}

/** `(root): x` → `bundle: x`, `flows[0].id: x` → `bundle.flows[0].id: x`. */
export function prefixIssues(issues: string[], prefix: string): string[] {
  return issues.map((line) => (line.startsWith('(root)') ? prefix + line.slice('(root)'.length) : `${prefix}.${line}`));
}

/** `staging` or `production` from a query string or path segment. */
export function parseEnvironment(value: string | undefined, path = 'env'): Environment {
  const result = Environment.safeParse(value ?? 'production');
  if (result.success) return result.data;
  throw new ApiError(400, 'invalid_env', `${path}: must be one of "staging", "production"`, { path });
}

/** A non-negative integer from the query string, or the default when absent. */
export function parseIntegerParam(value: string | undefined, path: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiError(400, 'invalid_query', `${path}: must be an integer from ${min} to ${max}`, { path });
  return n;
}
