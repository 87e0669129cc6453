/**
 * The import-boundary check (`npm run boundaries`, .dependency-cruiser.cjs) run on a miniature of
 * the repository (tests/fixtures/boundaries), where each file breaks or keeps one rule: the check
 * must name exactly the broken ones.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

it('the boundary check fails on each kind of forbidden import and passes the allowed ones', async () => {
  const failure = await promisify(execFile)(resolve(root, 'node_modules/.bin/depcruise'), ['sdk', 'server', 'extension', 'shared', '--config', resolve(root, '.dependency-cruiser.cjs')], {
    cwd: resolve(root, 'tests/fixtures/boundaries'),
  }).then(
    () => undefined,
    (error: { code: number; stdout: string }) => error,
  );
  // What `npm test` sees: a failing exit (the number of errors) and one line per violation.
  expect(failure?.code).toBe(5);
  const violations = [...failure!.stdout.matchAll(/^\s*error ([\w-]+): (\S+) →\s*(\S+)/gm)].map(([, rule, from, to]) => `${rule}: ${from} → ${to}`);
  expect(violations.sort()).toEqual([
    'extension-imports-shared-and-sdk-preview-only: extension/usesSdkInternals.ts → sdk/internal.ts',
    'no-cycles-in-shared: shared/a.ts → shared/b.ts',
    'pure-shared-imports-no-browser-code: shared/pure.ts → shared/anchor/dom.ts',
    'sdk-imports-shared-only: sdk/usesServer.ts → server/serverThing.ts',
    'shared-and-sdk-import-no-node-builtins: sdk/usesNode.ts → fs',
  ]);
}, 60_000);
