import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the client that sent the request, for per-client rate limits. With
 * `trustedProxies` = n (the number of reverse proxies in front of the server that append to
 * X-Forwarded-For), the client is the n-th address from the right; with 0 (the default) the
 * header is ignored, since any client can write it.
 */
export function clientAddress(c: Context, trustedProxies = 0): string {
  let peer = 'unknown';
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not served by @hono/node-server (app.fetch called directly): one client.
  }
  if (trustedProxies <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}
