/** What every failed request answers (docs/server-api.md, Errors), with a 4xx or 5xx status. */
export interface ErrorBody {
  error: {
    /** Stable, for programs: `invalid_body`, `invalid_key`, `not_published`, … */
    code: string;
    /** For people: names what is wrong and where. */
    message: string;
    /** Where the first problem is, e.g. `events[3].ts` (validation errors only). */
    path?: string;
    /** Every problem found, one `path: problem` line each (validation errors only). */
    issues?: string[];
    /** The report that timed out (`report_timeout` only). */
    report?: string;
  };
}

/** The error of a failed response's body, or undefined when it is not an ErrorBody (a proxy's HTML page, an empty body). */
export function readErrorBody(body: unknown): ErrorBody['error'] | undefined {
  const error = (body as Partial<ErrorBody> | null)?.error;
  return error && typeof error.code === 'string' && typeof error.message === 'string' ? error : undefined;
}
