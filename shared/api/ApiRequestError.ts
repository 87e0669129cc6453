/** A request the server refused (its status and ErrorBody) or could not be sent (status 0, code `network`). */
export class ApiRequestError extends Error {
  constructor(
    readonly method: string,
    /** The path asked for, filled in (`/v1/admin/releases/3`), without the query string. */
    readonly urlPath: string,
    /** The HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** The ErrorBody's code; `http` when the body was not one, `network` when nothing came back. */
    readonly code: string,
    /** What went wrong, for people: the server's message, or why the server could not be reached. */
    readonly reason: string,
    /** Where in the request the first problem is (validation errors). */
    readonly path?: string,
    /** Why nothing came back (network errors): what fetch threw. */
    cause?: unknown,
  ) {
    super(status === 0 ? `${method} ${urlPath}: ${reason}` : `${method} ${urlPath}: ${status} ${reason}`, cause === undefined ? undefined : { cause });
  }
}
