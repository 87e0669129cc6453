import { describe, expect, it } from 'vitest';
import { parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import { listedFlows, resourceCenterFlow } from '../../fixtures/resourceCenter.ts';

const errorsOf = (doc: unknown): string[] => {
  const result = parseFlow(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
};

describe('resource-center flows', () => {
  it('accepts every kind of section', () => {
    const result = parseFlow(resourceCenterFlow());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.resourceCenter?.sections.map((s) => s.type)).toEqual(['checklists', 'tours', 'whats-new', 'help', 'contact']);
  });

  it('needs its sections and has no steps', () => {
    const doc = resourceCenterFlow();
    delete doc.resourceCenter;
    expect(errorsOf(doc)).toContain('resourceCenter: required for resource-center flows');
    const withStep = { ...resourceCenterFlow(), steps: [{ id: 'm', type: 'modal' }] };
    expect(errorsOf(withStep).join('\n')).toMatch(/steps: a resource center has no steps/);
  });

  it('names what is wrong in a section or item by its path', () => {
    const doc = resourceCenterFlow();
    doc.resourceCenter.sections[3].items[0] = { id: 'install', title: 'Install' };
    doc.resourceCenter.sections[3].items.push({ id: 'brand', title: 'Twice', url: '/x' });
    doc.resourceCenter.searchUrl = 'https://help.example.com/search';
    doc.resourceCenter.sections[3].items[1].url = 'javascript:alert(1)';
    const errors = errorsOf(doc);
    expect(errors).toContain('resourceCenter.sections[3].items[0]: a help item needs a url or content');
    expect(errors).toContain('resourceCenter.sections[3].items[4].id: duplicate item id "brand"');
    expect(errors).toContain('resourceCenter.searchUrl: must contain {query}');
    expect(errors).toContain('resourceCenter.sections[3].items[1].url: must be a relative, http(s) or mailto URL');
  });

  it('checks the audience rules of sections and items as it checks a flow audience', () => {
    const doc = resourceCenterFlow();
    doc.resourceCenter.sections[3].items[3].audience = { type: 'trait', key: 'email', op: 'regex', value: '(' };
    expect(errorsOf(doc).join('\n')).toMatch(/^resourceCenter\.sections\[3\]\.items\[3\]\.audience/m);
  });

  it('allows one resource center per set of pages in a bundle', () => {
    const second = { ...resourceCenterFlow(), id: 'other-center' };
    const clash = validateBundle({ schemaVersion: 2, flows: [resourceCenterFlow(), ...listedFlows(), second] });
    expect(clash).toEqual({ ok: false, errors: ['flows[4].trigger.pages: resource center "other-center" shows on the same pages as "help-center" (flows[0]); a project has one resource center per set of pages'] });
    const elsewhere = { ...second, trigger: { pages: { include: [{ type: 'exact', value: '/admin' }] } } };
    expect(validateBundle({ schemaVersion: 2, flows: [resourceCenterFlow(), ...listedFlows(), elsewhere] })).toMatchObject({ ok: true });
  });
});
