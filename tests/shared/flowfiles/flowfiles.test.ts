import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleToFiles } from '../../../shared/flowfiles/bundleToFiles.ts';
import { canonicalJson } from '../../../shared/flowfiles/canonicalJson.ts';
import { describeChanges } from '../../../shared/flowfiles/describeChanges.ts';
import { filesToBundle } from '../../../shared/flowfiles/filesToBundle.ts';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/schema/flow.ts';
import { validateBundle } from '../../../shared/schema/parse.ts';

function demoBundle(): Bundle {
  const parsed = validateBundle(JSON.parse(readFileSync('demo/flows/chatly.bundle.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

describe('a bundle as files', () => {
  it('writes one file per flow plus the manifest, milestones and experiments, and reads them back to the same bundle', () => {
    const bundle = demoBundle();
    const files = bundleToFiles(bundle);
    expect(Object.keys(files).sort()).toEqual(['bundle.json', 'experiments.json', ...bundle.flows.map((f) => `flows/${f.id}.json`), 'milestones.json'].sort());
    const back = filesToBundle(files);
    expect(back.ok && describeChanges(bundle, back.value)).toEqual([]);
    expect(back.ok && back.value.flows.map((f) => f.id)).toEqual(bundle.flows.map((f) => f.id));
  });

  it('prints the same bytes whatever the key order of the input, identity keys first', () => {
    const bundle = demoBundle();
    const shuffled = JSON.parse(JSON.stringify(bundle, (_key, value) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value)));
    expect(bundleToFiles(shuffled)).toEqual(bundleToFiles(bundle));
    const tour = bundleToFiles(bundle)['flows/widget-tour.json']!;
    expect(tour.split('\n').slice(0, 4)).toEqual(['{', `  "schemaVersion": ${CURRENT_SCHEMA_VERSION},`, '  "id": "widget-tour",', '  "kind": "tour",']);
    expect(tour.endsWith('}\n')).toBe(true);
    expect(canonicalJson({ b: 1, a: [{ z: 1, id: 'x' }] })).toBe('{\n  "a": [\n    {\n      "id": "x",\n      "z": 1\n    }\n  ],\n  "b": 1\n}\n');
  });

  it('adds a flow file the manifest does not list yet, and names the file and path of every problem', () => {
    const files = bundleToFiles(demoBundle());
    const added = { ...JSON.parse(files['flows/whats-new.json']!), id: 'zz-added' };
    const withNew = filesToBundle({ ...files, 'flows/zz-added.json': JSON.stringify(added) });
    expect(withNew.ok && withNew.value.flows.at(-1)!.id).toBe('zz-added');

    const broken = JSON.parse(files['flows/widget-tour.json']!);
    broken.steps[2].anchor.selectors = [];
    const result = filesToBundle({ ...files, 'flows/widget-tour.json': JSON.stringify(broken), 'milestones.json': '[{"id": "x"}' });
    expect(result).toEqual({ ok: false, errors: [expect.stringMatching(/^milestones\.json: not valid JSON/)] });
    const invalid = filesToBundle({ ...files, 'flows/widget-tour.json': JSON.stringify(broken) });
    expect(invalid).toEqual({ ok: false, errors: ['flows/widget-tour.json: steps[2].anchor.selectors: an anchor needs at least one selector'] });
    const { ['flows/whats-new.json']: _gone, ...without } = files;
    expect(filesToBundle(without)).toEqual({ ok: false, errors: ['bundle.json: flows[3]: no file in flows/ holds a flow with id "whats-new"'] });
  });
});

describe('describeChanges', () => {
  it('says in words what changed: flows and steps added, removed and moved, a step anchor, an audience, a name, milestones', () => {
    const before = demoBundle();
    const after = structuredClone(before);
    const tour = after.flows.find((f) => f.id === 'widget-tour')!;
    (tour.steps[2] as { anchor: { selectors: unknown[] } }).anchor.selectors = [{ kind: 'id', value: '#widget-placement', weight: 0.9 }];
    tour.name = 'Make the widget yours';
    tour.audience = { type: 'trait', trait: 'plan', op: 'eq', value: 'trial' } as never;
    tour.steps.reverse();
    after.flows = after.flows.filter((f) => f.id !== 'whats-new');
    after.milestones = after.milestones!.slice(1);
    expect(describeChanges(before, after)).toEqual([
      'flow "whats-new" removed',
      'flow "widget-tour": audience set',
      'flow "widget-tour": name changed from "Customise your widget" to "Make the widget yours"',
      'flow "widget-tour": step 1 ("preview") moved from step 5',
      'flow "widget-tour": step 2 ("greeting") moved from step 4',
      'flow "widget-tour": step 3 ("position") anchor changed',
      'flow "widget-tour": step 4 ("colour") moved from step 2',
      'flow "widget-tour": step 5 ("open-widget") moved from step 1',
      `milestone ${JSON.stringify(before.milestones![0]!.id)} removed`,
    ]);
    expect(describeChanges(before, structuredClone(before))).toEqual([]);
  });
});

describe('one validation path', () => {
  it('refuses a NUL character in a selector, as publish does', () => {
    const bundle = JSON.parse(JSON.stringify(demoBundle()));
    bundle.flows[2].steps[1].anchor.selectors[0].value = '#widget\u0000color';
    expect(validateBundle(bundle)).toEqual({ ok: false, errors: ['flows[2].steps[1].anchor.selectors[0].value: must not contain the NUL character (\\u0000)'] });
  });
});
