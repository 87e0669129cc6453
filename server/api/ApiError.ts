import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from '../../shared/api/errorBody.ts';

/** An error the client can act on: its status and JSON body (docs/server-api.md). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly extra: { path?: string; issues?: string[] } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}

/** A 400 from `path: problem` lines (formatIssues), naming the first. */
export function invalidBody(issues: string[], code = 'invalid_body'): ApiError {
  const first = issues[0] ?? '(root): invalid';
  const split = first.indexOf(': ');
  const path = split < 0 ? '' : first.slice(0, split);
  return new ApiError(400, code, first, { path: path === '(root)' ? '' : path, issues });
}
