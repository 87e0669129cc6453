import type { ErrorBody } from '../api/ApiError.ts';

export class RequestFailed extends Error {}

/** Calls an admin endpoint; a non-2xx answer becomes a RequestFailed with the server's message. */
export async function apiRequest<T>(server: string, secretKey: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const url = new URL(path, server.endsWith('/') ? server : `${server}/`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { Authorization: `Bearer ${secretKey}`, ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch (error) {
    throw new RequestFailed(`cannot reach ${url.origin}: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) {
    let message = text;
    try {
      message = (JSON.parse(text) as ErrorBody).error.message;
    } catch {}
    throw new RequestFailed(`${response.status} from ${url.pathname}: ${message}`);
  }
  return JSON.parse(text) as T;
}
