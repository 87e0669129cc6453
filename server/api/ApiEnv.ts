import type { Db } from '../db/Db.ts';
import type { Project } from '../store/projects.ts';
import type { AlertOptions } from '../alerts/AlertEvent.ts';
import type { RateLimit } from './rateLimit.ts';

export type ApiEnv = { Variables: { project: Project } };

export interface ApiOptions {
  db: Db;
  /** Per-key token buckets (defaults in createApi.ts). */
  rateLimits?: { public?: RateLimit; admin?: RateLimit };
  /** Longest a report query may run, in ms (Postgres statement_timeout; 0 = no limit). Default 15,000. */
  reportTimeoutMs?: number;
  /** Anchor-health evaluation and webhook delivery timings (defaults in server/alerts/AlertEvent.ts). */
  alerts?: AlertOptions;
}
