import { Hono } from 'hono';
import { AlertMonitor } from '../alerts/AlertMonitor.ts';
import { installAlertHooks } from '../alerts/installAlertHooks.ts';
import { adminRoutes } from './adminRoutes.ts';
import type { ApiEnv, ApiOptions } from './ApiEnv.ts';
import { ApiError } from './ApiError.ts';
import { publicRoutes } from './publicRoutes.ts';
import { TokenBuckets, type RateLimit } from './rateLimit.ts';

/** Generous for a project's whole user base sharing one public key; tight enough to stop a runaway loop. */
export const defaultRateLimits: { public: RateLimit; admin: RateLimit } = {
  public: { burst: 2000, perSecond: 500 },
  admin: { burst: 120, perSecond: 20 },
};

/** The v1 API (docs/server-api.md), mounted under /v1. */
export function createApi(options: ApiOptions): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const limits = { ...defaultRateLimits, ...options.rateLimits };
  installAlertHooks(api, new AlertMonitor(options.db, options.alerts));
  api.route('/p', publicRoutes(options, new TokenBuckets(limits.public)));
  api.route('/admin', adminRoutes(options, new TokenBuckets(limits.admin)));
  api.all('*', (c) => {
    throw new ApiError(404, 'not_found', `no endpoint ${c.req.method} ${c.req.path}`);
  });
  api.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    console.error('waymark: request failed', c.req.method, c.req.path, error);
    return c.json(new ApiError(500, 'internal', 'the server failed to handle this request').toBody(), 500);
  });
  return api;
}
