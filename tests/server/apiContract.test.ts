import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../shared/api/ApiRequestError.ts';
import { callApi, type ApiConnection } from '../../shared/api/callApi.ts';
import { apiRoutes } from '../../shared/api/routes.ts';
import type { Bundle } from '../../shared/schema/bundle.ts';
import { createApp } from '../../server/createApp.ts';
import type { Db } from '../../server/db/Db.ts';
import { validBundle } from '../fixtures/flows.ts';
import { describeEachDatabase } from './support/testServer.ts';
import { openTestDatabase } from './support/testDatabase.ts';

describe('the API contract (shared/api) and the server', () => {
  let db: Db;
  beforeAll(async () => {
    db = await openTestDatabase('pglite');
  });
  afterAll(() => db.close());

  it('every route the server mounts under /v1 is in the contract, and every route of the contract is mounted', () => {
    // Hono lists a route once per handler (its middleware, then the handler); `ALL` entries are middleware and the 404 fallback.
    const mounted = new Set(createApp({ db }).routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/v1/')).map((r) => `${r.method} ${r.path}`));
    const declared = Object.values(apiRoutes).map((r) => `${r.method} ${r.path}`);
    expect([...mounted].sort()).toEqual([...declared].sort());
  });
});

describeEachDatabase('calling the server through the contract', (server) => {
  let admin: ApiConnection;
  beforeAll(async () => {
    const { secretKey } = await server.project({ name: 'Contract' });
    admin = { baseUrl: server.url, secretKey };
  });

  it('answers with the statuses the contract declares: 201 for a release, 204 (null) for a deleted draft flow', async () => {
    const bundle = validBundle() as Bundle;
    await callApi(admin, 'putDraft', { body: bundle });
    const published = await callApi(admin, 'publishRelease', { body: { env: 'staging', note: 'contract' } });
    expect(published).toMatchObject({ version: 1, env: 'staging' });
    expect((await callApi(admin, 'listReleases', {})).releases[0]).toMatchObject({ version: 1, environments: ['staging'], note: 'contract' });
    expect((await callApi(admin, 'getRelease', { params: { version: 1 } })).flows.map((f) => f.id)).toEqual([bundle.flows[0]!.id]);
    expect(await callApi(admin, 'deleteDraftFlow', { params: { flowId: bundle.flows[0]!.id } })).toBeNull();
  });

  it('a refusal comes back as an ApiRequestError with the ErrorBody\'s code, message and path', async () => {
    const refused = await callApi(admin, 'rollbackEnvironment', { params: { env: 'production' }, body: { version: 0 } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect(refused).toMatchObject({ status: 400, code: 'invalid_body', path: 'version', method: 'POST', urlPath: '/v1/admin/environments/production/rollback' });
    const wrongKey = await callApi({ ...admin, secretKey: 'wm_sk_wrong' }, 'getProject', {}).catch((e: unknown) => e);
    expect(wrongKey).toMatchObject({ status: 401, code: 'invalid_key', reason: 'the secret key is not valid for any project' });
  });

  it('an unreachable server is status 0, code network', async () => {
    const unreachable = await callApi({ baseUrl: 'http://127.0.0.1:9', secretKey: 'wm_sk_x' }, 'getProject', {}).catch((e: unknown) => e);
    expect(unreachable).toMatchObject({ status: 0, code: 'network' });
    expect((unreachable as ApiRequestError).reason).toMatch(/^Could not reach http:\/\/127\.0\.0\.1:9 \(/);
  });
});
