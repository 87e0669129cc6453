import { describe, expect, it } from 'vitest';
import { parseFlow, validateBundle } from '../../../shared/schema/parse.ts';
import { tooltipAnchor, validTour } from '../../fixtures/flows.ts';

function errorsOf(doc: unknown): string[] {
  const result = parseFlow(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

describe('flow schema: valid documents', () => {
  it('accepts a tour mixing modal, tooltip and survey steps', () => {
    const result = parseFlow(validTour());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.steps.map((s) => s.type)).toEqual(['modal', 'tooltip', 'survey']);
  });

  it('accepts every flow kind with its own step types', () => {
    const base = { schemaVersion: 1, version: 1, name: 'F', trigger: { manual: true }, frequency: { type: 'every_n_days', days: 7 } };
    const docs = [
      { ...base, id: 'a', kind: 'announcement', steps: [{ id: 'bar', type: 'bar', position: 'bottom', buttons: [{ id: 'go', label: 'Go', action: { type: 'url', url: '/integrations' } }] }] },
      { ...base, id: 'm', kind: 'modal', steps: [{ id: 'm1', type: 'modal', size: 'large' }] },
      { ...base, id: 'h', kind: 'hotspot', steps: [{ id: 'h1', type: 'hotspot', anchor: tooltipAnchor }] },
      { ...base, id: 's', kind: 'survey', steps: [{ id: 's1', type: 'survey', survey: { kind: 'csat', question: 'Happy?', followUp: { question: 'Why?' } } }] },
      {
        ...base,
        id: 'c',
        kind: 'checklist',
        steps: [],
        checklist: { title: 'Get started', items: [{ id: 'i1', title: 'Connect', milestone: 'connected', action: { type: 'start_flow', flowId: 'tour-1' } }] },
      },
    ];
    for (const doc of docs) expect(parseFlow(doc), doc.kind).toMatchObject({ ok: true });
  });

  it('accepts audience trees, locales, theme, goal and journey stage', () => {
    const doc = {
      ...validTour(),
      audience: {
        type: 'all',
        conditions: [
          { type: 'trait', key: 'plan', op: 'in', value: ['trial', 'starter'] },
          { type: 'not', condition: { type: 'flow', flowId: 'welcome', state: 'completed' } },
          { type: 'any', conditions: [{ type: 'event', name: 'widget_saved', op: 'gte', count: 1, withinDays: 7 }, { type: 'device', minWidth: 768 }] },
        ],
      },
      goal: { milestone: 'connected', withinDays: 7 },
      journeyStage: 'activation',
      priority: 10,
      locales: { default: 'en', translations: { de: { steps: { welcome: { title: 'Willkommen' } } } } },
      theme: { brandColor: '#4f46e5', font: '"Inter", sans-serif', radius: 8, mode: 'dark' },
    };
    expect(parseFlow(doc)).toMatchObject({ ok: true });
  });
});

describe('flow schema: errors name the path and the problem', () => {
  it('a tooltip step without an anchor', () => {
    const doc = validTour();
    doc.steps.push({ id: 'x', type: 'tooltip' });
    expect(errorsOf(doc)).toEqual(['steps[3].anchor: required for tooltip steps']);
  });

  it('a missing required field says "required"', () => {
    const { frequency: _omit, ...doc } = validTour();
    expect(errorsOf(doc)).toEqual(['frequency: required']);
  });

  it('an unknown step type lists the allowed ones', () => {
    const doc = validTour();
    doc.steps[0].type = 'popup';
    expect(errorsOf(doc)).toEqual(['steps[0].type: must be one of "tooltip", "modal", "bar", "hotspot", "survey"']);
  });

  it('a step type the flow kind does not allow', () => {
    const doc = validTour();
    doc.steps.push({ id: 'bar', type: 'bar' });
    expect(errorsOf(doc)).toEqual(['steps[3].type: "bar" steps are not allowed in a tour flow (allowed: tooltip, modal, survey)']);
  });

  it('unsafe link and button URLs', () => {
    const doc = validTour();
    doc.steps[0].content = [{ type: 'paragraph', children: [{ type: 'link', href: ' JaVa\tScRiPt:alert(1)', children: [{ type: 'text', text: 'x' }] }] }];
    doc.steps[0].buttons = [{ id: 'b', label: 'Go', action: { type: 'url', url: 'data:text/html,<script>alert(1)</script>' } }];
    expect(errorsOf(doc)).toEqual([
      'steps[0].content[0].children[0].href: must be a relative, http(s) or mailto URL',
      'steps[0].buttons[0].action.url: must be a relative, http(s) or mailto URL',
    ]);
  });

  it('CSS injection in theme values', () => {
    const doc = { ...validTour(), theme: { brandColor: 'red; background: url(//evil)', font: 'x}body{display:none' } };
    expect(errorsOf(doc)).toEqual([
      'theme.brandColor: must be a hex, rgb() or hsl() colour',
      'theme.font: must be a font-family list of names, spaces, commas and quotes',
    ]);
  });

  it('duplicate step ids and dangling goto_step targets', () => {
    const doc = validTour();
    doc.steps[2].id = 'welcome';
    doc.steps[1].buttons = [{ id: 'jump', label: 'Jump', action: { type: 'goto_step', stepId: 'nowhere' } }];
    expect(errorsOf(doc)).toEqual(['steps[2].id: duplicate step id "welcome"', 'steps[1].buttons[0].action.stepId: no step "nowhere" in this flow']);
  });

  it('unknown keys, wrong types, limits and bad regexes', () => {
    const doc: Record<string, any> = { ...validTour(), colour: 'red', version: '1', trigger: { pages: { include: [{ type: 'regex', value: '([' }] } } };
    doc.steps[0].title = '';
    expect(errorsOf(doc)).toEqual([
      'version: expected number, got string',
      'steps[0].title: must not be empty',
      'trigger.pages.include[0].value: is not a valid regular expression: missing "]" (at character 3)',
      '(root): unknown key "colour"',
    ]);
  });

  it('errors deep inside recursive audience rules', () => {
    const doc = { ...validTour(), audience: { type: 'all', conditions: [{ type: 'not', condition: { type: 'trait', key: 'plan', op: 'like' } }] } };
    expect(errorsOf(doc)[0]).toMatch(/^audience\.conditions\[0\]\.condition\.op: must be one of "eq", "ne"/);
  });

  it('audience rules the schema cannot express are caught at validation time', () => {
    const doc = { ...validTour(), audience: { type: 'any', conditions: [{ type: 'trait', key: 'plan', op: 'in', value: 'trial' }, { type: 'trait', key: 'email', op: 'regex', value: '([' }] } };
    expect(errorsOf(doc)).toEqual([
      'audience.conditions[0].value: "in" needs an array',
      'audience.conditions[1].value: invalid regular expression: missing "]" (at character 3)',
    ]);
  });

  it('an announcement bar with three buttons', () => {
    const button = (id: string) => ({ id, label: id, action: { type: 'dismiss' } });
    const doc = { ...validTour(), kind: 'announcement', steps: [{ id: 'bar', type: 'bar', buttons: [button('a'), button('b'), button('c')] }] };
    expect(errorsOf(doc)).toEqual(['steps[0].buttons: an announcement bar has at most 2 buttons']);
  });

  it('ids that could pollute prototypes are refused', () => {
    const doc = validTour();
    doc.steps[0].id = '__proto__';
    expect(errorsOf(doc)[0]).toMatch(/^steps\[0\]\.id: must be 1–80 characters/);
  });

  it('checklists need their checklist and other kinds need steps', () => {
    expect(errorsOf({ ...validTour(), kind: 'checklist', steps: [] })).toEqual(['checklist: required for checklist flows']);
    expect(errorsOf({ ...validTour(), steps: [] })).toEqual(['steps: a tour needs at least one step']);
  });
});

describe('schemaVersion', () => {
  it('is required', () => {
    const { schemaVersion: _omit, ...doc } = validTour();
    expect(errorsOf(doc)).toEqual(['schemaVersion: required']);
  });

  it('a newer version is refused with a clear reason, never silently', () => {
    expect(errorsOf({ ...validTour(), schemaVersion: 3 })).toEqual(['schemaVersion: 3 is newer than this version of Waymark supports (2)']);
  });

  it('non-objects are refused at the root', () => {
    expect(errorsOf('tour')).toEqual(['(root): expected an object']);
    expect(errorsOf(null)).toEqual(['(root): expected an object']);
  });
});

describe('migration 1 → 2 (anchor intent)', () => {
  it('a version 1 flow and a version 1 bundle load as version 2, their anchors meaning the element they singled out', () => {
    const v1 = { ...validTour(), schemaVersion: 1 };
    const flow = parseFlow(v1);
    expect(flow.ok && flow.value.schemaVersion).toBe(2);
    const bundle = validateBundle({ schemaVersion: 1, flows: [v1] });
    expect(bundle.ok && bundle.value.flows[0]!.schemaVersion).toBe(2);
    expect(bundle.ok && bundle.value.schemaVersion).toBe(2);
  });

  it('a position or "any" intent needs the repeated structure it chooses from', () => {
    const tour = validTour() as { steps: Array<Record<string, unknown>> };
    const step = tour.steps.find((s) => 'anchor' in s)!;
    step.anchor = { ...(step.anchor as object), intent: 'any' };
    expect(errorsOf(tour).some((e) => /intent: first, last, nth and any need the repeated structure/.test(e))).toBe(true);
  });
});
