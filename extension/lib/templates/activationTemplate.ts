import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { Rocket } from '../ui/icons.ts';
import type { SlotValue, Template } from './Template.ts';
import { baseFlow, elementName, idPool, pageOf, paragraphs, startPage } from './templateParts.ts';

const STEP_SLOTS = ['step1', 'step2', 'step3', 'step4'] as const;

/** 128-bit hex seed for the experiment's bucketing. */
const seed = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * The reference case: an announcement bar whose button opens an activation checklist, a
 * checklist of the steps to activation (each done when the user clicks its element), and a
 * tooltip walkthrough of those elements; the last step is the activation goal, and an A/B test
 * compares all of it with no onboarding at all.
 */
export const activationTemplate: Template = {
  id: 'activation',
  name: 'Activation: bar + checklist + walkthrough',
  description: 'A bar invites new users to get set up, a checklist tracks the steps to activation, a walkthrough shows each one; an A/B test measures it against no onboarding.',
  icon: Rocket,
  slots: [
    { key: 'step1', kind: 'element', label: 'First step to activation', help: 'The button or link users click first (e.g. “Connect chatbot”).' },
    { key: 'step2', kind: 'element', label: 'Second step', help: 'The next control users need (it may be on another page).' },
    { key: 'step3', kind: 'element', label: 'Third step', help: 'Another control users need on the way.', optional: true },
    { key: 'step4', kind: 'element', label: 'Last step: users are activated', help: 'Clicking it is the goal the A/B test measures; without it, the last step you picked is.', optional: true },
  ],
  build(values, context) {
    const id = idPool([...context.flowIds, ...context.milestones.map((m) => m.id)]);
    const picked = STEP_SLOTS.map((key) => values[key]).filter((v): v is Extract<SlotValue, { element: unknown }> => Boolean(v && 'element' in v));
    const names = picked.map((v) => elementName(v.element));
    const milestones: Milestone[] = picked.map((v, i) => {
      const name = `${names[i]} done`.slice(0, 200);
      return { id: id(name, 'milestone'), name, stage: 'activation', reachedBy: [{ type: 'click', anchor: v.element.anchor }] };
    });
    const goal = milestones.at(-1);
    const tourId = id('Activation walkthrough', 'tour');
    const checklistId = id('Activation checklist', 'checklist');
    const barId = id('Get set up bar', 'bar');

    const steps: Step[] = picked.map((v, i) => ({
      id: id(`step ${names[i]}`, 'step'),
      type: 'tooltip',
      title: names[i]!.slice(0, 200),
      content: paragraphs(i === picked.length - 1 ? 'One click and you are live.' : `Step ${i + 1}: click here to continue.`),
      anchor: v.element.anchor,
      url: pageOf(v.element),
      advanceOn: { type: 'anchor_click' },
    }));
    const tour: Flow = { ...baseFlow(tourId, 'Activation walkthrough', 'tour', { manual: true }), journeyStage: 'activation', steps, ...(goal ? { goal: { milestone: goal.id, withinDays: 14 } } : {}) };
    const checklist: Flow = {
      ...baseFlow(checklistId, 'Activation checklist', 'checklist', { manual: true }),
      frequency: { type: 'until_completed' },
      journeyStage: 'activation',
      steps: [],
      checklist: {
        title: 'Get set up',
        description: `${milestones.length} steps to your first result.`,
        launcher: { label: 'Get started', position: 'bottom-right' },
        items: milestones.map((m, i) => ({ id: id(`item ${names[i]}`, 'item'), title: names[i]!.slice(0, 200), milestone: m.id, action: { type: 'start_flow', flowId: tourId } })),
      },
      ...(goal ? { goal: { milestone: goal.id, withinDays: 14 } } : {}),
    };
    const bar: Flow = {
      ...baseFlow(barId, 'Get set up (bar)', 'announcement', { pages: { include: [startPage(context)] } }),
      journeyStage: 'activation',
      steps: [{
        id: 'bar',
        type: 'bar',
        content: paragraphs(`You are ${milestones.length} steps away from going live.`),
        buttons: [
          { id: 'start', label: 'Show me how', style: 'primary', action: { type: 'start_flow', flowId: checklistId } },
          { id: 'later', label: 'Later', style: 'secondary', action: { type: 'dismiss' } },
        ],
      }],
      ...(goal ? { goal: { milestone: goal.id, withinDays: 14 } } : {}),
    };
    const experiments: Experiment[] = goal
      ? [{
          key: id('Activation onboarding test', 'experiment'),
          name: 'Bar + checklist + walkthrough vs no onboarding',
          seed: seed(),
          variants: [{ key: 'control', name: 'Old experience', flowId: null, weight: 1 }, { key: 'onboarding', name: 'Bar + checklist + walkthrough', flowId: barId, weight: 1 }],
          goal: goal.id,
          attributionDays: 14,
          status: 'draft',
        }]
      : [];
    return { flows: [bar, checklist, tour], milestones, experiments, open: barId };
  },
};
