import { ApiRequestError } from './ApiRequestError.ts';
import { apiPath, type PathParams } from './apiPath.ts';
import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';
import { readErrorBody } from './errorBody.ts';
import { apiRoutes, type ApiRoutes, type RouteName } from './routes.ts';

/** The part of `fetch` a client needs; the global one by default, or one that retries (the simulator's). */
export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface ApiConnection {
  /** The server's origin, e.g. `https://waymark.example.com`. */
  baseUrl: string;
  /** The project's secret key `wm_sk_…`, for admin routes. */
  secretKey?: string;
  fetch?: FetchLike;
}

type ParamsOf<N extends RouteName> = PathParams<ApiRoutes[N]['path']>;

/** What to send: the path's `:name`s, the query string, the JSON body, as the route's contract says. */
export type ApiCall<N extends RouteName> = ({} extends ParamsOf<N> ? { params?: ParamsOf<N> } : { params: ParamsOf<N> }) & {
  query?: QueryOf<N>;
  headers?: Record<string, string>;
} & (undefined extends BodyOf<N> ? { body?: BodyOf<N> } : { body: BodyOf<N> });

/** `?a=1&b=x` from the defined values, in their order. */
export function queryString(query: unknown): string {
  const pairs = Object.entries((query ?? {}) as Record<string, unknown>)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** A route's path with its `:name`s filled in. */
function filledPath<N extends RouteName>(name: N, params: ParamsOf<N> | undefined): string {
  return apiPath(apiRoutes[name].path as string, (params ?? {}) as PathParams<string>);
}

/** A route's URL on a server (which may sit under a path prefix): origin, filled-in path, query string. */
export function apiUrl<N extends RouteName>(baseUrl: string, name: N, params: ParamsOf<N> | undefined, query?: QueryOf<N>): string {
  return `${baseUrl.replace(/\/+$/, '')}${filledPath(name, params)}${queryString(query)}`;
}

/**
 * Calls one route of the contract and answers its typed response (null for a 204). A refusal
 * throws an ApiRequestError with the server's code and message; an unreachable server throws one
 * with status 0 and code `network`.
 */
export async function callApi<N extends RouteName>(connection: ApiConnection, name: N, call: ApiCall<N>): Promise<ResponseOf<N>> {
  const { method } = apiRoutes[name];
  const { params, query, body, headers = {} } = call as { params?: ParamsOf<N>; query?: QueryOf<N>; body?: unknown; headers?: Record<string, string> };
  const url = apiUrl(connection.baseUrl, name, params, query);
  const urlPath = filledPath(name, params);
  const send = connection.fetch ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
  let response: Awaited<ReturnType<FetchLike>>;
  try {
    response = await send(url, {
      method,
      headers: {
        ...(connection.secretKey ? { Authorization: `Bearer ${connection.secretKey}` } : {}),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiRequestError(method, urlPath, 0, 'network', `Could not reach ${connection.baseUrl} (${(error as Error).message}).`, undefined, error);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    if (response.ok) throw new ApiRequestError(method, urlPath, response.status, 'http', 'the server answered something that is not JSON');
  }
  if (!response.ok) {
    const error = readErrorBody(json);
    throw new ApiRequestError(method, urlPath, response.status, error?.code ?? 'http', error?.message ?? `The server answered ${response.status}.`, error?.path);
  }
  return json as ResponseOf<N>;
}
