import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postWebhook } from '../../server/alerts/postWebhook.ts';
import { publicOnlyLookup } from '../../server/alerts/publicOnlyLookup.ts';

/** An attacker's DNS: whatever the receiver's name resolves to at connect time. */
const answering = (...addresses: string[]) => publicOnlyLookup((_host, callback) => callback(null, addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }))));

describe('webhook deliveries connect only to public addresses', () => {
  let receiver: Server;
  let port = 0;
  const received: string[] = [];

  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        received.push(body);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
    port = (receiver.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((done) => receiver.close(() => done())));

  const post = (lookup?: ReturnType<typeof publicOnlyLookup>) =>
    postWebhook({ url: `http://hooks.example.test:${port}/in`, headers: { 'Content-Type': 'application/json' }, body: '{"type":"test"}', timeoutMs: 5_000, ...(lookup ? { lookup } : {}) });

  it('refuses a host that now resolves to loopback (rebinding after the URL was checked): nothing reaches the internal service', async () => {
    const before = received.length;
    await expect(post(answering('127.0.0.1'))).rejects.toThrow(/^refused: hooks\.example\.test resolved to a private or loopback address \(127\.0\.0\.1\)/);
    await expect(post(answering('::1'))).rejects.toThrow(/\(::1\)/);
    await expect(post(answering('169.254.169.254'))).rejects.toThrow(/\(169\.254\.169\.254\)/);
    expect(received.length).toBe(before);
  });

  it('refuses when any answer is private, even beside a public one', async () => {
    await expect(post(answering('93.184.216.34', '10.0.0.5'))).rejects.toThrow(/\(10\.0\.0\.5\)/);
  });

  it('delivers over the address it resolved when private receivers are allowed', async () => {
    const status = await postWebhook({ url: `http://127.0.0.1:${port}/in`, headers: {}, body: '{"type":"ok"}', timeoutMs: 5_000 });
    expect(status).toBe(204);
    expect(received.at(-1)).toBe('{"type":"ok"}');
  });

  it('answers the single-address form too (a socket that asks for one family)', async () => {
    const lookup = answering('93.184.216.34');
    const single = await new Promise<[string, number]>((done, fail) => lookup('hooks.example.test', { family: 4 }, (error, address, family) => (error ? fail(error) : done([address as string, family as number]))));
    expect(single).toEqual(['93.184.216.34', 4]);
  });
});
