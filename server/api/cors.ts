import type { Context } from 'hono';
import type { Project } from '../store/projects.ts';
import { ApiError } from './ApiError.ts';

const exposed = 'ETag, Retry-After, X-Waymark-Release';
const maxAge = '600';

function allowOrigin(c: Context, origin: string): void {
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Access-Control-Expose-Headers', exposed);
  c.header('Vary', 'Origin');
}

/**
 * Public endpoints answer the origins on the project's allow-list (empty: any origin) and refuse
 * others with 403, so a page elsewhere cannot write events or state into the project.
 * Returns the preflight answer for OPTIONS.
 */
export function publicCors(c: Context, project: Project): Response | undefined {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    const allowed = project.allowedOrigins.length === 0 || project.allowedOrigins.some((o) => o.toLowerCase() === origin.toLowerCase());
    if (!allowed) throw new ApiError(403, 'origin_not_allowed', `origin ${origin} is not on this project's allowed origins`);
    allowOrigin(c, origin);
  }
  if (c.req.method !== 'OPTIONS') return undefined;
  return c.body(null, 204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, If-None-Match, X-Waymark-User-Hash',
    'Access-Control-Max-Age': maxAge,
  });
}

const extensionOrigin = /^(chrome|moz)-extension:\/\/[^/]+$/;

/** Admin endpoints: CORS only for the builder extension; a web page never gets to read them. */
export function adminCors(c: Context): Response | undefined {
  const origin = c.req.header('origin');
  const fromExtension = origin !== undefined && extensionOrigin.test(origin);
  if (fromExtension) allowOrigin(c, origin);
  if (c.req.method !== 'OPTIONS') return undefined;
  if (!fromExtension) return c.body(null, 204);
  return c.body(null, 204, {
    'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': maxAge,
  });
}
