import type { Bundle } from '../../shared/schema/bundle.ts';
import type { Experiment, Holdout } from '../../shared/schema/experiment.ts';
import { CURRENT_SCHEMA_VERSION, type Flow } from '../../shared/schema/flow.ts';
import type { Milestone } from '../../shared/schema/milestone.ts';

/**
 * The reference case: control sees the old experience, the treatment an
 * announcement bar whose buttons lead to the activation checklist and the widget walkthrough.
 */
export const SIMULATED_EXPERIMENT: Experiment = {
  key: 'activation-bar',
  name: 'Bar + checklist + walkthrough vs the old experience',
  seed: 'activation-bar-2026',
  variants: [
    { key: 'control', name: 'Old experience', flowId: null, weight: 1 },
    { key: 'bar-checklist-tour', name: 'Bar + checklist + walkthrough', flowId: 'connect-bar', weight: 1 },
  ],
  goal: 'integration-connected',
  attributionDays: 14,
  status: 'running',
};

/** A global holdout of a tenth of the users: they see no onboarding at all, and show what it adds. */
export const SIMULATED_HOLDOUT: Holdout = { seed: 'chatly-holdout-2026', share: 0.1 };

const eventMilestone = (id: string, name: string, stage: Milestone['stage'], event: string): Milestone => ({ id, name, stage, reachedBy: [{ type: 'event', name: event }] });

/** Milestones for the stages the Chatly bundle has none in, so the journey map spans the whole journey. */
export const JOURNEY_MILESTONES: Milestone[] = [
  eventMilestone('signed-up', 'Signed up', 'acquisition', 'signed_up'),
  eventMilestone('came-back-week-2', 'Came back in week 2', 'retention', 'returned_week_2'),
  eventMilestone('plan-upgraded', 'Upgraded the plan', 'expansion', 'plan_upgraded'),
  eventMilestone('friend-referred', 'Referred a friend', 'advocacy', 'friend_referred'),
];

function surveyFlow(id: string, name: string, kind: 'csat' | 'ces', question: string, event: string): Flow {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    version: 1,
    name,
    kind: 'survey',
    journeyStage: 'activation',
    trigger: { event },
    frequency: { type: 'once' },
    steps: [{ id: kind, type: 'survey', survey: { kind, question, followUp: { question: 'Anything we could do better?' } } }],
  } as Flow;
}

export const SURVEY_FLOWS: Flow[] = [
  surveyFlow('widget-csat', 'Widget satisfaction (CSAT)', 'csat', 'How satisfied are you with the chat widget?', 'widget_saved'),
  surveyFlow('setup-effort', 'Setup effort (CES)', 'ces', 'How easy was it to install the snippet?', 'snippet_installed'),
];

/** The bundle with the experiment, the journey milestones, the survey flows (replacing ones with the same ids) and the holdout, if any. */
export function withSimulation(bundle: Bundle, experiment: Experiment = SIMULATED_EXPERIMENT, holdout?: Holdout): Bundle {
  const milestones = [...(bundle.milestones ?? []).filter((m) => !JOURNEY_MILESTONES.some((j) => j.id === m.id)), ...JOURNEY_MILESTONES];
  const flows = [...bundle.flows.filter((f) => !SURVEY_FLOWS.some((s) => s.id === f.id)), ...SURVEY_FLOWS];
  const experiments = [...(bundle.experiments ?? []).filter((e) => e.key !== experiment.key), experiment];
  return { ...bundle, flows, milestones, experiments, breakdownTraits: ['plan'], ...(holdout ? { holdout } : {}) };
}
