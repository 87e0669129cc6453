import { expect, it } from 'vitest';
import { validBundle, validTour } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

function bundleWithName(name: string) {
  const bundle = validBundle();
  bundle.flows[0].name = name;
  return bundle;
}

describeEachDatabase('drafts and releases', (server) => {
  async function publish(secretKey: string, body: Record<string, unknown>) {
    const response = await fetch(`${server.url}/v1/admin/releases`, json(body, bearer(secretKey)));
    return { status: response.status, body: await response.json() };
  }

  it('publishes a bundle, serves it with an ETag, and answers 304 to a matching If-None-Match', async () => {
    const { project, secretKey } = await server.project();
    const published = await publish(secretKey, { env: 'production', bundle: bundleWithName('First'), note: 'launch' });
    expect(published).toEqual({ status: 201, body: { version: 1, env: 'production', etag: expect.stringMatching(/^".+"$/) } });

    const first = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe(published.body.etag);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('x-waymark-release')).toBe('1');
    expect((await first.json()).flows[0].name).toBe('First');

    const cached = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle?env=production`, { headers: { 'If-None-Match': published.body.etag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe('');

    // A new release changes the ETag, so the old one no longer matches.
    const second = await publish(secretKey, { env: 'production', bundle: bundleWithName('Second') });
    expect(second.body.version).toBe(2);
    expect(second.body.etag).not.toBe(published.body.etag);
    const fresh = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`, { headers: { 'If-None-Match': published.body.etag } });
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).flows[0].name).toBe('Second');
  });

  it('keeps staging and production apart and 404s an environment with nothing published', async () => {
    const { project, secretKey } = await server.project();
    const none = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`);
    expect(none.status).toBe(404);
    expect((await none.json()).error.code).toBe('not_published');

    await publish(secretKey, { env: 'staging', bundle: bundleWithName('Trying') });
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle?env=staging`).then((r) => r.json())).flows[0].name).toBe('Trying');
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle?env=production`)).status).toBe(404);

    const bad = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle?env=prod`);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_env', path: 'env' });
  });

  it('rolls an environment back to an earlier release and lists releases newest first', async () => {
    const { project, secretKey } = await server.project();
    const v1 = await publish(secretKey, { env: 'production', bundle: bundleWithName('Old') });
    await publish(secretKey, { env: 'production', bundle: bundleWithName('New') });

    const rollback = await fetch(`${server.url}/v1/admin/environments/production/rollback`, json({ version: 1 }, bearer(secretKey)));
    expect(rollback.status).toBe(200);
    expect(await rollback.json()).toEqual({ env: 'production', version: 1, etag: v1.body.etag });

    const served = await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`);
    expect(served.headers.get('x-waymark-release')).toBe('1');
    expect((await served.json()).flows[0].name).toBe('Old');
    // A client still holding release 1 gets a 304 again.
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`, { headers: { 'If-None-Match': v1.body.etag } })).status).toBe(304);

    const list = await fetch(`${server.url}/v1/admin/releases`, { headers: bearer(secretKey) }).then((r) => r.json());
    expect(list.releases).toEqual([
      { version: 2, createdAt: expect.any(Number), note: null, flowIds: ['tour-1'], environments: [] },
      { version: 1, createdAt: expect.any(Number), note: null, flowIds: ['tour-1'], environments: ['production'] },
    ]);
    const release2 = await fetch(`${server.url}/v1/admin/releases/2`, { headers: bearer(secretKey) }).then((r) => r.json());
    expect(release2.flows[0].name).toBe('New');

    const missing = await fetch(`${server.url}/v1/admin/environments/production/rollback`, json({ version: 9 }, bearer(secretKey)));
    expect(missing.status).toBe(404);
    expect((await missing.json()).error).toMatchObject({ code: 'unknown_release', path: 'version' });
    expect((await fetch(`${server.url}/v1/admin/releases/9`, { headers: bearer(secretKey) })).status).toBe(404);
  });

  it('numbers releases per project', async () => {
    const a = await server.project();
    const b = await server.project();
    await publish(a.secretKey, { env: 'production', bundle: validBundle() });
    await publish(a.secretKey, { env: 'staging', bundle: validBundle() });
    expect((await publish(b.secretKey, { env: 'production', bundle: validBundle() })).body.version).toBe(1);
  });

  it('rejects an invalid bundle with the path of the problem and publishes nothing', async () => {
    const { project, secretKey } = await server.project();
    const bundle = validBundle();
    bundle.flows[0].steps[1].anchor = undefined;
    const rejected = await publish(secretKey, { env: 'production', bundle });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error).toMatchObject({ code: 'invalid_body', path: 'bundle.flows[0].steps[1].anchor', message: 'bundle.flows[0].steps[1].anchor: required for tooltip steps' });
    expect((await publish(secretKey, { env: 'live' })).body.error).toMatchObject({ path: 'env' });
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`)).status).toBe(404);
    expect((await fetch(`${server.url}/v1/admin/releases`, { headers: bearer(secretKey) }).then((r) => r.json())).releases).toEqual([]);
  });

  it('stores a draft, edits it flow by flow, and publishes it', async () => {
    const { project, secretKey } = await server.project();
    const admin = bearer(secretKey);
    expect(await fetch(`${server.url}/v1/admin/draft`, { headers: admin }).then((r) => r.json())).toEqual({ schemaVersion: 2, flows: [], milestones: [], experiments: [] });
    expect((await publish(secretKey, { env: 'production' })).status).toBe(409);

    const put = await fetch(`${server.url}/v1/admin/draft`, { ...json(validBundle(), admin), method: 'PUT' });
    expect(put.status).toBe(200);

    const second = { ...validTour(), id: 'tour-2', name: 'Second tour' };
    expect((await fetch(`${server.url}/v1/admin/draft/flows/tour-2`, { ...json(second, admin), method: 'PUT' })).status).toBe(200);
    const renamed = { ...validTour(), name: 'Renamed' };
    expect((await fetch(`${server.url}/v1/admin/draft/flows/tour-1`, { ...json(renamed, admin), method: 'PUT' })).status).toBe(200);

    const mismatch = await fetch(`${server.url}/v1/admin/draft/flows/other`, { ...json(renamed, admin), method: 'PUT' });
    expect(mismatch.status).toBe(400);
    expect((await mismatch.json()).error).toMatchObject({ path: 'id' });
    const invalid = await fetch(`${server.url}/v1/admin/draft/flows/tour-1`, { ...json({ ...renamed, kind: 'popup' }, admin), method: 'PUT' });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.path).toBe('kind');

    let draft = await fetch(`${server.url}/v1/admin/draft`, { headers: admin }).then((r) => r.json());
    expect(draft.flows.map((f: { id: string; name: string }) => [f.id, f.name])).toEqual([['tour-1', 'Renamed'], ['tour-2', 'Second tour']]);
    expect(draft.milestones.map((m: { id: string }) => m.id)).toEqual(['connected']);

    expect((await fetch(`${server.url}/v1/admin/draft/flows/tour-1`, { method: 'DELETE', headers: admin })).status).toBe(204);
    expect((await fetch(`${server.url}/v1/admin/draft/flows/tour-1`, { method: 'DELETE', headers: admin })).status).toBe(404);
    draft = await fetch(`${server.url}/v1/admin/draft`, { headers: admin }).then((r) => r.json());
    expect(draft.flows.map((f: { id: string }) => f.id)).toEqual(['tour-2']);

    const released = await publish(secretKey, { env: 'production' });
    expect(released.status).toBe(201);
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`).then((r) => r.json())).flows.map((f: { id: string }) => f.id)).toEqual(['tour-2']);
  });

  it('rejects an invalid draft with the zod path and keeps the stored one', async () => {
    const { secretKey } = await server.project();
    const admin = bearer(secretKey);
    await fetch(`${server.url}/v1/admin/draft`, { ...json(validBundle(), admin), method: 'PUT' });
    const broken = validBundle();
    broken.flows[0].frequency = { type: 'sometimes' };
    const response = await fetch(`${server.url}/v1/admin/draft`, { ...json(broken, admin), method: 'PUT' });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'invalid_body', path: 'flows[0].frequency.type' });
    const draft = await fetch(`${server.url}/v1/admin/draft`, { headers: admin }).then((r) => r.json());
    expect(draft.flows[0].frequency).toEqual({ type: 'once' });
  });
});
