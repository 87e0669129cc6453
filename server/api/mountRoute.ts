import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { ApiContract, ResponseOf } from '../../shared/api/contract.ts';
import { apiRoutes, type ApiRoutes, type RouteName } from '../../shared/api/routes.ts';
import type { ApiEnv } from './ApiEnv.ts';

/** What a handler answers: the route's response body as the contract types it, or (raw routes) a Response it wrote itself. */
export type Reply<N extends RouteName> = ApiContract[N] extends { raw: true } ? Response : ResponseOf<N>;

export type RouteHandler<N extends RouteName> = (c: Context<ApiEnv, ApiRoutes[N]['path']>) => Reply<N> | Promise<Reply<N>>;

/**
 * Serves the contract's route `name` on `app`, a sub-app mounted at `prefix` (e.g. `/v1/admin`),
 * after `middleware`. The handler's answer is sent as JSON with the route's status (200 unless the
 * contract says otherwise; 204 for a null answer).
 */
export function mountRoute<N extends RouteName>(app: Hono<ApiEnv>, prefix: string, name: N, ...handlers: [...MiddlewareHandler<ApiEnv>[], RouteHandler<N>]): void {
  const route: { method: string; path: string; status?: number } = apiRoutes[name];
  if (!route.path.startsWith(`${prefix}/`)) throw new Error(`route ${name} (${route.path}) is not under ${prefix}`);
  const handler = handlers.pop() as RouteHandler<N>;
  const reply = async (c: Context<ApiEnv, ApiRoutes[N]['path']>) => {
    const body: unknown = await handler(c);
    if (body instanceof Response) return body;
    if (body === null) return c.body(null, 204);
    return c.json(body, (route.status ?? 200) as 200);
  };
  (app.on as (method: string, path: string, ...handlers: unknown[]) => void)(route.method, route.path.slice(prefix.length), ...handlers, reply);
}
