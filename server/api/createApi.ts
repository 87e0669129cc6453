import { Hono } from 'hono';
import { AlertMonitor } from '../alerts/AlertMonitor.ts';
import { installAlertHooks } from '../alerts/installAlertHooks.ts';
import { adminRoutes } from './adminRoutes.ts';
import type { ApiEnv, ApiOptions, RateLimits } from './ApiEnv.ts';
import { ApiError } from './ApiError.ts';
import { fromDatabaseError } from './databaseError.ts';
import { publicRoutes } from './publicRoutes.ts';
import { TokenBuckets } from './rateLimit.ts';

/**
 * Per key: generous for a project's whole user base sharing one public key; tight enough to stop a
 * runaway loop. Per client: a tenth of that, so one client cannot spend a customer's allowance.
 * Failed admin sign-ins: ten, then one a minute per client.
 */
export const defaultRateLimits: RateLimits = {
  public: { burst: 2000, perSecond: 500 },
  admin: { burst: 120, perSecond: 20 },
  client: { burst: 200, perSecond: 50 },
  adminAuthFailures: { burst: 10, perSecond: 1 / 60 },
};

/** The v1 API (docs/server-api.md), mounted under /v1. */
export function createApi(options: ApiOptions): Hono<ApiEnv> {
  const api = new Hono<ApiEnv>();
  const limits = { ...defaultRateLimits, ...options.rateLimits };
  installAlertHooks(api, new AlertMonitor(options.db, options.alerts, options.reportsDb));
  api.route('/p', publicRoutes(options, { key: new TokenBuckets(limits.public), client: new TokenBuckets(limits.client) }));
  api.route('/admin', adminRoutes(options, { key: new TokenBuckets(limits.admin), authFailures: new TokenBuckets(limits.adminAuthFailures) }));
  api.all('*', (c) => {
    throw new ApiError(404, 'not_found', `no endpoint ${c.req.method} ${c.req.path}`);
  });
  api.onError((error, c) => {
    error = fromDatabaseError(error) ?? error;
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json(error.toBody(), error.status);
    }
    console.error('waymark: request failed', c.req.method, c.req.path, error);
    return c.json(new ApiError(500, 'internal', 'the server failed to handle this request').toBody(), 500);
  });
  return api;
}
