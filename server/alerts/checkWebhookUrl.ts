import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local (cloud metadata), CGNAT, unspecified, multicast and reserved ranges. */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) privateRanges.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8], ['64:ff9b::', 96]] as const) privateRanges.addSubnet(net, prefix, 'ipv6');

export function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, 'ipv4');
  return privateRanges.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

/** `WAYMARK_WEBHOOKS_ALLOW_PRIVATE=1`: a receiver on this machine or the private network (tests, an internal relay). */
export function privateWebhooksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.WAYMARK_WEBHOOKS_ALLOW_PRIVATE === '1' || env.WAYMARK_WEBHOOKS_ALLOW_PRIVATE === 'true';
}

/**
 * Why the server must not post to this URL, or undefined when it may: http(s) only, no
 * credentials in it, and every address its host resolves to public, so a project's secret key
 * cannot turn webhooks into requests to the server's own network (checked again before each delivery).
 */
export async function checkWebhookUrl(raw: string, allowPrivate = privateWebhooksAllowed()): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http or https URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (allowPrivate) return undefined;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return `the host ${host} does not resolve`;
  }
  const blocked = addresses.find(isPrivate);
  return blocked ? `the host ${host} is a private or loopback address (${blocked}); set WAYMARK_WEBHOOKS_ALLOW_PRIVATE=1 to allow it` : undefined;
}
