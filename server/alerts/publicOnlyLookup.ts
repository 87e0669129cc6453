import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { isPrivate } from './checkWebhookUrl.ts';

type Resolve = (hostname: string, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

const systemResolve: Resolve = (hostname, callback) => dnsLookup(hostname, { all: true, verbatim: true }, callback);

/**
 * A `lookup` for outgoing sockets that refuses private and loopback answers. The socket connects to
 * exactly the address this returns, so a host that answered with a public address when its URL was
 * checked cannot answer with an internal one at connect time (DNS rebinding).
 */
export function publicOnlyLookup(resolve: Resolve = systemResolve): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
      const wanted = family ? addresses.filter((a) => a.family === family) : addresses;
      const blocked = wanted.find((a) => isPrivate(a.address));
      if (blocked) {
        const refused: NodeJS.ErrnoException = new Error(`refused: ${hostname} resolved to a private or loopback address (${blocked.address})`);
        refused.code = 'EWAYMARKPRIVATE';
        return callback(refused, '', 0);
      }
      if (!wanted.length) {
        const none: NodeJS.ErrnoException = new Error(`${hostname} has no address`);
        none.code = 'ENOTFOUND';
        return callback(none, '', 0);
      }
      if (options.all) return callback(null, wanted);
      callback(null, wanted[0]!.address, wanted[0]!.family);
    });
  };
}
