/**
 * A publish carrying a regex the SDK cannot match in linear time, or a `__proto__` key, is refused
 * with the path of the problem and publishes nothing (issue 12, findings 2 and 14).
 */
import { expect, it } from 'vitest';
import { validBundle } from '../fixtures/flows.ts';
import { bearer, describeEachDatabase, json } from './support/testServer.ts';

describeEachDatabase('publishing unsafe patterns and keys', (server) => {
  const publish = async (secretKey: string, body: unknown) => {
    const response = await fetch(`${server.url}/v1/admin/releases`, typeof body === 'string' ? { method: 'POST', body, headers: { 'content-type': 'application/json', ...bearer(secretKey) } } : json(body, bearer(secretKey)));
    return { status: response.status, body: await response.json() };
  };

  it('a lookahead in a page rule or a backreference in a trait rule: 400 with the path, nothing published', async () => {
    const { project, secretKey } = await server.project();
    const pages = validBundle();
    pages.flows[0].trigger = { pages: { include: [{ type: 'regex', value: '^/billing(?=/)' }] } };
    const rejected = await publish(secretKey, { env: 'production', bundle: pages });
    expect(rejected.status).toBe(400);
    expect(rejected.body.error).toMatchObject({
      path: 'bundle.flows[0].trigger.pages.include[0].value',
      message: 'bundle.flows[0].trigger.pages.include[0].value: is not a valid regular expression: lookahead ((?= and (?!) is not supported (at character 10)',
    });
    const traits = validBundle();
    traits.flows[0].audience = { type: 'trait', key: 'email', op: 'regex', value: '^(a+)\\1$' };
    expect((await publish(secretKey, { env: 'production', bundle: traits })).body.error.message).toMatch(/^bundle\.flows\[0\]\.audience\.value: invalid regular expression: backreferences/);
    expect((await fetch(`${server.url}/v1/p/${project.publicKey}/bundle`)).status).toBe(404);
  });

  it('a __proto__ key in translations: 400 with the path', async () => {
    const { secretKey } = await server.project();
    const bundle = validBundle();
    bundle.flows[0].locales = { default: 'en', translations: { de: { steps: 'STEPS' } } };
    const body = JSON.stringify({ env: 'production', bundle }).replace('"STEPS"', '{"__proto__":{"title":"Hallo"}}');
    const rejected = await publish(secretKey, body);
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.message).toBe('bundle.flows[0].locales.translations.de.steps.__proto__: "__proto__" is not allowed as a key');
  });
});
