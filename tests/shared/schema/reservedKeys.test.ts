/**
 * Keys an author chooses (step and button ids in translations, checklist items, anchor
 * attributes) are data, never object machinery (issue 12, findings 13 and 14).
 */
import { describe, expect, it } from 'vitest';
import { parseBundle, parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import { parseUserState } from '../../../shared/schema/userState.ts';
import { localizeStep } from '../../../sdk/engine/localizeStep.ts';
import { readLocalUserState, writeLocalUserState } from '../../../sdk/sync/localUserState.ts';
import { MemoryStore } from '../../../sdk/storage/MemoryStore.ts';
import { analyzeExperiment } from '../../../shared/stats/analyzeExperiment.ts';
import { experimentHeadline } from '../../../shared/stats/experimentHeadline.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { validBundle, validTour } from '../../fixtures/flows.ts';

/** JSON text keeps `__proto__` as an own key, as a document fetched or read from a file does. */
const fromJson = (value: unknown, patch: (json: string) => string) => JSON.parse(patch(JSON.stringify(value)));
const errorsOf = (result: { ok: boolean; errors?: string[] }) => (result.ok ? [] : result.errors!);

describe('"__proto__" as a key is an error with its path', () => {
  const withLocales = (translations: unknown) => ({ ...validTour(), locales: { default: 'en', translations } });

  it('in translations: locale, step, button and checklist item maps', () => {
    const cases: [string, string][] = [
      ['{"de":{"steps":{"PROTO":{"title":"Hallo"}}}}', 'locales.translations.de.steps.__proto__'],
      ['{"de":{"steps":{"welcome":{"buttons":{"PROTO":"Los"}}}}}', 'locales.translations.de.steps.welcome.buttons.__proto__'],
      ['{"de":{"checklist":{"items":{"PROTO":{"title":"Eins"}}}}}', 'locales.translations.de.checklist.items.__proto__'],
      ['{"PROTO":{"name":"x"}}', 'locales.translations.__proto__'],
    ];
    for (const [translations, path] of cases) {
      const doc = fromJson(withLocales('TRANSLATIONS'), (json) => json.replace('"TRANSLATIONS"', translations.replaceAll('PROTO', '__proto__')));
      expect(errorsOf(parseFlow(doc)), path).toEqual([`${path}: "__proto__" is not allowed as a key`]);
    }
  });

  it('in anchor attributes', () => {
    const doc = validTour();
    doc.steps[1].anchor = { ...doc.steps[1].anchor, attributes: 'ATTRS' };
    const parsed = fromJson(doc, (json) => json.replace('"ATTRS"', '{"__proto__":"x"}'));
    expect(errorsOf(parseFlow(parsed))).toEqual(['steps[1].anchor.attributes.__proto__: "__proto__" is not allowed as a key']);
  });

  it('in a bundle: the flow is rejected with the path inside the bundle, the other flows kept', () => {
    const bundle = validBundle();
    bundle.flows.push({ ...validTour(), id: 'tour-2', locales: { default: 'en', translations: 'T' } });
    const json = fromJson(bundle, (text) => text.replace('"T"', '{"de":{"steps":{"__proto__":{}}}}'));
    const lenient = parseBundle(json);
    expect(lenient.ok && lenient.value.flows.map((f) => f.id)).toEqual(['tour-1']);
    expect(lenient.ok && lenient.value.rejected[0]!.errors).toEqual(['flows[1].locales.translations.de.steps.__proto__: "__proto__" is not allowed as a key']);
    expect(errorsOf(validateBundle(json))).toEqual(['flows[1].locales.translations.de.steps.__proto__: "__proto__" is not allowed as a key']);
  });

  it('in a user state', () => {
    const state = fromJson({ userId: 'u1', flows: {}, milestones: 'M', experiments: {}, updatedAt: 1 }, (json) => json.replace('"M"', '{"__proto__":1}'));
    expect(errorsOf(parseUserState(state))).toEqual(['milestones.__proto__: "__proto__" is not allowed as a key']);
  });
});

describe('flow-root problems read the same in the SDK (parseBundle) and the CLI (validateBundle)', () => {
  it('flows[0]: unknown key', () => {
    const bundle = validBundle();
    bundle.flows[0].colour = 'red';
    const lenient = parseBundle(bundle);
    expect(lenient.ok && lenient.value.rejected[0]!.errors).toEqual(['flows[0]: unknown key "colour"']);
    expect(errorsOf(validateBundle(bundle))).toEqual(['flows[0]: unknown key "colour"']);
  });
});

describe('ids that are names of Object.prototype members are ordinary ids', () => {
  it('buttons constructor, toString, hasOwnProperty keep their labels when another button of the step is translated', () => {
    const doc = validTour();
    doc.steps[0].buttons = ['constructor', 'toString', 'hasOwnProperty', 'next'].map((id) => ({ id, label: `Label ${id}`, action: { type: 'next' } }));
    doc.locales = { default: 'en', translations: { de: { steps: { welcome: { buttons: { next: 'Weiter' } } } } } };
    const parsed = parseFlow(doc);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const flow: Flow = parsed.value;
    const labels = localizeStep(flow, flow.steps[0]!, 'de').buttons?.map((b) => b.label);
    expect(labels).toEqual(['Label constructor', 'Label toString', 'Label hasOwnProperty', 'Weiter']);
  });

  it('steps named constructor, toString, hasOwnProperty are untranslated unless translated', () => {
    const doc = validTour();
    doc.steps = ['constructor', 'toString', 'hasOwnProperty'].map((id) => ({ id, type: 'modal', title: `Title ${id}` }));
    doc.locales = { default: 'en', translations: { de: { steps: { toString: { title: 'Titel' } } } } };
    const parsed = parseFlow(doc);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    expect(parsed.value.steps.map((step) => localizeStep(parsed.value, step, 'de').title)).toEqual(['Title constructor', 'Titel', 'Title hasOwnProperty']);
    expect(localizeStep(parsed.value, parsed.value.steps[0]!, 'constructor').title).toBe('Title constructor');
  });
});

describe('arm keys that are names of Object.prototype members', () => {
  it('an arm "constructor" without a release name is called by its key in the headline', () => {
    const result = analyzeExperiment([{ key: 'control', exposed: 1000, converted: 420, weight: 1 }, { key: 'constructor', exposed: 1000, converted: 560, weight: 1 }], { method: 'fixed' });
    expect(experimentHeadline(result, { metric: 'integration connected', armNames: { control: 'The old experience' } }).text).toMatch(/^Constructor raises integration connected/);
  });
});

describe('user state with ids that are names of Object.prototype members', () => {
  it('milestones "constructor" and "toString" reached on the server are kept on the device', async () => {
    const store = new MemoryStore();
    const local = await readLocalUserState(store, 'u', 'u', 1);
    const merged = { ...local, milestones: { constructor: 5, toString: 6 }, updatedAt: 6 };
    await writeLocalUserState(store, 'u', local, merged);
    expect((await readLocalUserState(store, 'u', 'u', 1)).milestones).toEqual({ constructor: 5, toString: 6 });
  });
});
