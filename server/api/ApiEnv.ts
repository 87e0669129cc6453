import type { Db } from '../db/Db.ts';
import type { Project } from '../store/projects.ts';
import type { RateLimit } from './rateLimit.ts';

export type ApiEnv = { Variables: { project: Project } };

export interface ApiOptions {
  db: Db;
  /** Per-key token buckets (defaults in createApi.ts). */
  rateLimits?: { public?: RateLimit; admin?: RateLimit };
}
