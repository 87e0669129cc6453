import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../sdk/options.ts';
import { version } from '../../../sdk/version.ts';

describe('resolveOptions: every default in one place', () => {
  it('fills in the documented defaults for an empty (or non-object) argument', () => {
    for (const given of [undefined, null, 'flows', {}]) {
      expect(resolveOptions(given)).toEqual({
        flows: undefined, flowsUrl: undefined, userId: undefined, traits: {}, locale: undefined, hashRouting: 'auto', theme: undefined,
        dbName: 'waymark', onError: undefined, navigate: undefined, blockingGapMs: 0, server: undefined, destinations: undefined,
        maxQueuedEvents: 5000, flushIntervalMs: 1000, retry: { baseMs: 1000, maxMs: 300_000 }, autoStart: true,
      });
    }
  });

  it('keeps valid values and clamps or drops invalid ones', () => {
    const resolved = resolveOptions({ userId: '', traits: [1], dbName: '', blockingGapMs: -5, maxQueuedEvents: 0, flushIntervalMs: Number.NaN, hashRouting: 'yes', autoStart: 0 });
    expect(resolved).toMatchObject({ userId: undefined, traits: {}, dbName: 'waymark', blockingGapMs: 0, maxQueuedEvents: 1, flushIntervalMs: 1000, hashRouting: 'auto', autoStart: true });
    expect(resolveOptions({ userId: 'ada', hashRouting: false, autoStart: false, flushIntervalMs: 0 })).toMatchObject({ userId: 'ada', hashRouting: false, autoStart: false, flushIntervalMs: 0 });
  });

  it('resolves the server: environment, sync, user hash as a string or a function, endpoints', () => {
    const hash = () => 'h';
    const server = resolveOptions({ server: { url: 'https://wm.example/', publicKey: 'wm_pk_1', userHash: hash } }).server!;
    expect(server).toMatchObject({ env: 'production', syncUserState: true, userHash: undefined, hashFor: hash });
    expect(server.endpoints.events).toBe('https://wm.example/v1/p/wm_pk_1/events');
    const staging = resolveOptions({ server: { url: 'https://wm.example', publicKey: 'k', env: 'staging', userHash: 'abc', syncUserState: false } }).server!;
    expect(staging).toMatchObject({ env: 'staging', syncUserState: false, userHash: 'abc', hashFor: undefined });
    expect(staging.endpoints.bundle).toBe(`https://wm.example/v1/p/k/bundle?env=staging&sdk=${version}`);
  });
});
