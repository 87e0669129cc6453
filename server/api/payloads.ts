import * as z from 'zod/mini';
import { formatIssues, issueMessage } from '../../shared/schema/formatIssues.ts';
import { EventEnvironment } from '../../shared/schema/eventEnvironment.ts';
import { ApiError, invalidBody } from './ApiError.ts';

export const Environment = EventEnvironment;

export const PublishRequest = z.strictObject({
  env: Environment,
  /** Validated separately with validateBundle, so its problems are reported with the bundle's own rules. */
  bundle: z.optional(z.unknown()),
  note: z.optional(z.string().check(z.maxLength(500))),
});

export const RollbackRequest = z.strictObject({
  version: z.number().check(z.int(), z.positive()),
});

/** `POST /v1/admin/project/identity-secret`: how long the old secret still verifies hashes (at most 30 days). */
export const RotateIdentitySecretRequest = z.strictObject({
  graceSeconds: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(30 * 86_400))),
});

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
export type Environment = z.infer<typeof Environment>;

/** A non-negative integer from the query string, or the default when absent. */
export function parseIntegerParam(value: string | undefined, path: string, { min, max, fallback }: { min: number; max: number; fallback: number }): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiError(400, 'invalid_query', `${path}: must be an integer from ${min} to ${max}`, { path });
  return n;
}
