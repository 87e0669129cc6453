import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError, invalidBody } from './ApiError.ts';
import { findUnstorableText } from '../../shared/schema/findUnstorableText.ts';

export const KB = 1024;

/** Rejects bodies over `maxBytes` with 413, whether or not Content-Length was sent. */
export function limitBody(maxBytes: number) {
  return bodyLimit({
    maxSize: maxBytes,
    // The rest of the body is never read, so the connection cannot carry another request.
    onError: (c) => c.json(new ApiError(413, 'body_too_large', `request body is larger than ${Math.round(maxBytes / KB)} KB`).toBody(), 413, { Connection: 'close' }),
  });
}

/** JSON or text/plain (what `sendBeacon` sends with a string, no CORS preflight). */
function acceptsContentType(contentType: string | undefined): boolean {
  if (!contentType) return true;
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type === 'text/plain' || type.endsWith('+json');
}

/** Reads the body as JSON; malformed JSON, or text Postgres cannot store, is a 400. */
export async function readJsonBody(c: Context): Promise<unknown> {
  if (!acceptsContentType(c.req.header('content-type'))) {
    throw new ApiError(415, 'unsupported_media_type', `Content-Type must be application/json or text/plain, got ${c.req.header('content-type')}`);
  }
  const text = await c.req.text();
  if (text.trim() === '') throw new ApiError(400, 'malformed_json', 'request body is empty; expected JSON');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new ApiError(400, 'malformed_json', `request body is not valid JSON: ${(error as Error).message}`);
  }
  const unstorable = findUnstorableText(body);
  if (unstorable) throw invalidBody([unstorable]);
  return body;
}
