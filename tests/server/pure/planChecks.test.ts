import { expect, it } from 'vitest';
import { planChecks } from '../../../server/cli/check/planChecks.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';

const anchor = { selectors: [{ kind: 'testid' as const, value: '[data-testid="x"]', weight: 1 }] };
function bundleWith(trigger: Record<string, unknown>, stepUrl?: Record<string, unknown>): Bundle {
  return {
    schemaVersion: 1,
    flows: [{ schemaVersion: 1, id: 'f', version: 1, name: 'F', kind: 'tour', frequency: { type: 'once' }, trigger, steps: [{ id: 'modal', type: 'modal' }, { id: 's', type: 'tooltip', anchor, ...(stepUrl ? { url: stepUrl } : {}) }] }],
  } as unknown as Bundle;
}
const base = 'https://staging.example';
const pageOf = (bundle: Bundle, config = {}) => planChecks(bundle, config, base).map((p) => p.page);

it('places each anchored step on a concrete page of the checked build, from its rule and the config samples', () => {
  const pages = (rule: Record<string, unknown>, config = {}) => pageOf(bundleWith({ pages: { include: [rule] } }), config);
  expect(planChecks(bundleWith({ pages: { include: [{ type: 'exact', value: '/widget' }] } }), {}, base)).toEqual([
    { flowId: 'f', flowName: 'F', stepId: 's', stepNumber: 2, anchor, advancesOnClick: false, page: { url: 'https://staging.example/widget' } },
  ]);
  // A rule written for production's host is checked on the build's host.
  expect(pages({ type: 'exact', value: 'https://app.example/settings?tab=a' })).toEqual([{ url: 'https://staging.example/settings?tab=a' }]);
  expect(pages({ type: 'path', value: '/projects/:id/settings' }, { params: { id: '42' } })).toEqual([{ url: 'https://staging.example/projects/42/settings' }]);
  expect(pages({ type: 'path', value: '/projects/:id' })).toEqual([{ error: 'no sample value for :id in /projects/:id: add "params": {"id": "…"} to waymark.check.json' }]);
  expect(pages({ type: 'glob', value: '/widget/**' })).toEqual([{ url: 'https://staging.example/widget/' }]);
  expect(pages({ type: 'glob', value: '/**' })).toEqual([{ url: 'https://staging.example/' }]);
  expect(pages({ type: 'glob', value: '/reports/*' })).toEqual([{ error: 'the glob /reports/* has no sample page: add "pages": {"/reports/*": "/a/real/page"} to waymark.check.json' }]);
  expect(pages({ type: 'glob', value: '/reports/*' }, { pages: { '/reports/*': '/reports/weekly' } })).toEqual([{ url: 'https://staging.example/reports/weekly' }]);
  expect(pages({ type: 'regex', value: '^/a$' }, { pages: { '^/a$': '/b' } })).toEqual([{ error: 'the sample page /b does not match the regex rule "^/a$"' }]);
  // The step's own page wins over the flow's; flows without pages take the config's.
  expect(pageOf(bundleWith({ pages: { include: [{ type: 'exact', value: '/' }] } }, { type: 'exact', value: '/widget' }))).toEqual([{ url: 'https://staging.example/widget' }]);
  expect(pageOf(bundleWith({ event: 'signed_up' }), { flows: { f: '/welcome' } })).toEqual([{ url: 'https://staging.example/welcome' }]);
  expect(pageOf(bundleWith({ manual: true }))[0]).toEqual({ error: 'the step has no url rule and the flow no page rule: add "flows": {"f": "/its/page"} to waymark.check.json' });
});
