/** Where createApi (under /v1) mounts each group of routes: mountRoute serves a contract path relative to its group's prefix. */
export const PUBLIC_PREFIX = '/v1/p';
export const ADMIN_PREFIX = '/v1/admin';
export const ANALYTICS_PREFIX = '/v1/admin/analytics';
