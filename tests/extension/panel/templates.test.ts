/** Every template, filled with picked elements, is a set of ordinary drafts that validate as one bundle. */
import { describe, expect, it } from 'vitest';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import { validateBundle } from '../../../shared/schema/parse.ts';
import { activationTemplate } from '../../../extension/lib/templates/activationTemplate.ts';
import type { SlotValue, TemplateContext } from '../../../extension/lib/templates/Template.ts';
import { TEMPLATES } from '../../../extension/lib/templates/templates.ts';

const picked = (name: string, path: string): PickedElement => ({
  anchor: { tag: 'button', name, selectors: [{ kind: 'testid', value: `[data-testid="${name.toLowerCase().replaceAll(' ', '-')}"]`, weight: 1 }] },
  label: `button "${name}"`,
  matches: 1,
  stability: 'stable',
  url: `http://app.test${path}?user=pm`,
});
const context: TemplateContext = { pageUrl: 'http://app.test/', flowIds: ['welcome'], milestones: [] };

function fill(slots: readonly { key: string }[]): Record<string, SlotValue> {
  return Object.fromEntries(slots.map((s, i) => [s.key, { element: picked(`Control ${i + 1}`, i % 2 ? '/widget' : '/') }]));
}

describe.each(TEMPLATES.map((t) => [t.name, t] as const))('%s', (_name, template) => {
  it('makes drafts, milestones and experiments that validate together, with ids unused in the project', () => {
    const result = template.build(fill(template.slots), context);
    const bundle = validateBundle({ schemaVersion: 1, flows: result.flows, milestones: result.milestones, experiments: result.experiments });
    expect(bundle.ok ? [] : bundle.errors).toEqual([]);
    expect(result.flows.map((f) => f.id)).toContain(result.open);
    expect(result.flows.map((f) => f.id)).not.toContain('welcome');
  });

  it('works with only the slots it requires', () => {
    const result = template.build(fill(template.slots.filter((s) => !s.optional)), context);
    const bundle = validateBundle({ schemaVersion: 1, flows: result.flows, milestones: result.milestones, experiments: result.experiments });
    expect(bundle.ok ? [] : bundle.errors).toEqual([]);
  });
});

describe('the activation template (the reference case)', () => {
  it('is a bar that opens a checklist whose items start a walkthrough of the picked elements, the last one the goal of an A/B test against no onboarding', () => {
    const result = activationTemplate.build({ step1: { element: picked('Connect chatbot', '/integrations') }, step2: { element: picked('Widget', '/') }, step3: { element: picked('Save widget', '/widget') } }, context);
    const [bar, checklist, tour] = result.flows;
    expect(bar).toMatchObject({ kind: 'announcement', trigger: { pages: { include: [{ type: 'exact', value: '/' }] } } });
    expect(bar!.steps[0]!.buttons?.[0]?.action).toEqual({ type: 'start_flow', flowId: checklist!.id });
    expect(checklist!.checklist!.items.map((i) => i.title)).toEqual(['Connect chatbot', 'Widget', 'Save widget']);
    expect(checklist!.checklist!.items.every((i) => i.action?.type === 'start_flow' && i.action.flowId === tour!.id)).toBe(true);
    expect(tour!.steps.map((s) => s.url?.value)).toEqual(['/integrations', '/', '/widget']);
    expect(result.milestones.map((m) => m.reachedBy[0]!.type)).toEqual(['click', 'click', 'click']);
    expect(result.experiments).toHaveLength(1);
    expect(result.experiments[0]).toMatchObject({ goal: result.milestones[2]!.id, variants: [{ key: 'control', flowId: null }, { flowId: bar!.id }] });
  });
});
