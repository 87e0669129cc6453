import { expect, it } from 'vitest';
import { uuidv7 } from '../../shared/ids/uuidv7.ts';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

const event = () => ({ id: uuidv7(), type: 'flow_started', ts: Date.now(), anonymousId: 'a', sessionId: 's', props: {} });

describeEachDatabase('keys and CORS', (server) => {
  it('answers an unknown public key with 404 and a wrong or missing secret key with 401', async () => {
    const unknown = await fetch(`${server.url}/v1/p/wm_pk_nobody/events`, json({ events: [event()] }));
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toEqual({ code: 'unknown_project', message: 'no project has this public key' });

    const { project } = await server.project();
    const wrong = await fetch(`${server.url}/v1/admin/draft`, { headers: bearer('wm_sk_wrong') });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('invalid_key');
    // The public key is not a secret key.
    expect((await fetch(`${server.url}/v1/admin/draft`, { headers: bearer(project.publicKey) })).status).toBe(401);
    const missing = await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }));
    expect(missing.status).toBe(401);
    expect((await missing.json()).error.code).toBe('missing_key');
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1/p/wm_pk_a%00b/bundle`)).status).toBe(404);
    const nulUser = await fetch(`${server.url}/v1/p/${project.publicKey}/users/a%00b/state`);
    expect(nulUser.status).toBe(400);
    expect((await nulUser.json()).error).toMatchObject({ code: 'invalid_user_id', path: 'userId' });
  });

  it('describes the project to its secret key holder', async () => {
    const { project, secretKey } = await server.project({ name: 'Acme', allowedOrigins: ['https://app.acme.example'], identityVerification: true });
    const response = await fetch(`${server.url}/v1/admin/project`, { headers: bearer(secretKey) });
    expect(await response.json()).toEqual({ id: project.id, name: 'Acme', publicKey: project.publicKey, allowedOrigins: ['https://app.acme.example'], identityVerification: true });
  });

  it('answers only the origins on the allow-list and refuses the others', async () => {
    const { project, secretKey } = await server.project({ allowedOrigins: ['https://app.acme.example'] });
    const preflight = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://app.acme.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://app.acme.example');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Waymark-User-Hash');

    const allowed = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event()] }, { Origin: 'https://app.acme.example' }));
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.acme.example');
    expect(allowed.headers.get('vary')).toBe('Origin');

    // An error is readable by the allowed page too.
    const invalid = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [] }, { Origin: 'https://app.acme.example' }));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get('access-control-allow-origin')).toBe('https://app.acme.example');

    const other = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event()] }, { Origin: 'https://evil.example' }));
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect((await other.json()).error).toEqual({ code: 'origin_not_allowed', message: "origin https://evil.example is not on this project's allowed origins" });
    const otherPreflight = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(otherPreflight.headers.get('access-control-allow-origin')).toBeNull();

    const events = await fetch(`${server.url}/v1/admin/events`, { headers: bearer(secretKey) }).then((r) => r.json());
    expect(events.events).toHaveLength(1);
  });

  it('answers any origin when the allow-list is empty, and exposes the ETag', async () => {
    const { project, secretKey } = await server.project();
    await fetch(`${server.url}/v1/admin/releases`, json({ env: 'production', bundle: validBundle() }, bearer(secretKey)));
    const response = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`, { headers: { Origin: 'https://anywhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://anywhere.example');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
  });

  it('gives admin CORS only to the builder extension', async () => {
    const { secretKey } = await server.project();
    const extension = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
    const preflight = await fetch(`${server.url}/v1/admin/draft`, { method: 'OPTIONS', headers: { Origin: extension, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(extension);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const fromExtension = await fetch(`${server.url}/v1/admin/draft`, { headers: { ...bearer(secretKey), Origin: 'moz-extension://6a1c7b2e-0f1d-4c5e-9a1b-1234567890ab' } });
    expect(fromExtension.headers.get('access-control-allow-origin')).toBe('moz-extension://6a1c7b2e-0f1d-4c5e-9a1b-1234567890ab');

    const page = await fetch(`${server.url}/v1/admin/draft`, { method: 'OPTIONS', headers: { Origin: 'https://app.acme.example', 'Access-Control-Request-Method': 'GET' } });
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    const pageGet = await fetch(`${server.url}/v1/admin/draft`, { headers: { ...bearer(secretKey), Origin: 'https://app.acme.example' } });
    expect(pageGet.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers unknown API paths with a JSON 404, not the demo page', async () => {
    const response = await fetch(`${server.url}/v1/nothing-here`);
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });
});

describeEachDatabase(
  'rate limit',
  (server) => {
    it('answers 429 with Retry-After once a key has used its burst, per key', async () => {
      const { project } = await server.project();
      const other = await server.project();
      const statuses: number[] = [];
      let limited: Response | undefined;
      for (let i = 0; i < 5; i++) {
        const response = await fetch(`${server.url}/v1/p/${project.publicKey}/events`, json({ events: [event()] }));
        statuses.push(response.status);
        if (response.status === 429) limited = response;
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      expect(limited!.headers.get('retry-after')).toBe('60');
      expect((await limited!.json()).error.code).toBe('rate_limited');
      // Another project's key has its own bucket.
      expect((await fetch(`${server.url}/v1/p/${other.project.publicKey}/events`, json({ events: [event()] }))).status).toBe(200);

      const admin: number[] = [];
      for (let i = 0; i < 3; i++) admin.push((await fetch(`${server.url}/v1/admin/draft`, { headers: bearer(other.secretKey) })).status);
      expect(admin).toEqual([200, 200, 429]);
    });
  },
  { rateLimits: { public: { burst: 3, perSecond: 1 / 60 }, admin: { burst: 2, perSecond: 1 / 30 } } },
);
