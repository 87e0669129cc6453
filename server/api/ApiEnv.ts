import type { Db } from '../db/Db.ts';
import type { Project } from '../store/projects.ts';
import type { AlertOptions } from '../alerts/AlertEvent.ts';
import type { RateLimit } from './rateLimit.ts';

export interface RateLimits {
  public: RateLimit;
  admin: RateLimit;
  /** One client (address) under one public key. */
  client: RateLimit;
  /** Failed admin authentications from one client. */
  adminAuthFailures: RateLimit;
}

export type ApiEnv = { Variables: { project: Project } };

export interface ApiOptions {
  db: Db;
  /** Token buckets (defaults in createApi.ts): per key, per client under each public key, failed admin sign-ins per client. */
  rateLimits?: Partial<RateLimits>;
  /** Reverse proxies in front of the server that append to X-Forwarded-For (0, the default: the header is ignored). */
  trustedProxies?: number;
  /** Longest a report query may run, in ms (Postgres statement_timeout; 0 = no limit). Default 15,000. */
  reportTimeoutMs?: number;
  /**
   * Where reports run: their own pool on Postgres, or a streaming replica
   * (`WAYMARK_REPORTS_DATABASE_URL`), so dashboards never take ingest's connections. Default `db`.
   */
  reportsDb?: Db;
  /** Anchor-health evaluation and webhook delivery timings (defaults in server/alerts/AlertEvent.ts). */
  alerts?: AlertOptions;
}
