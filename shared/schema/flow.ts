import * as z from 'zod/mini';
import { Anchor } from './anchor.ts';
import { Checklist } from './checklist.ts';
import { Condition } from './condition.ts';
import { Locales } from './locales.ts';
import { Id, JourneyStage, ShortText, Version } from './primitives.ts';
import { Step, type StepType } from './step.ts';
import { Theme } from './theme.ts';
import { CURRENT_SCHEMA_VERSION } from './schemaVersion.ts';
import { PageRules } from './urlRule.ts';
import { ResourceCenter } from './resourceCenter.ts';

export { CURRENT_SCHEMA_VERSION } from './schemaVersion.ts';

export const FlowKind = z.enum(['tour', 'announcement', 'modal', 'checklist', 'survey', 'hotspot', 'resource-center']);
export type FlowKind = z.infer<typeof FlowKind>;

/** Step types each flow kind may contain. */
export const stepTypesByKind: Record<FlowKind, readonly StepType[]> = {
  tour: ['tooltip', 'modal', 'survey'],
  announcement: ['bar'],
  modal: ['modal'],
  checklist: [],
  survey: ['survey'],
  hotspot: ['hotspot'],
  'resource-center': [],
};

/** When a flow may start. Every condition given must hold; `manual` flows start only via `start()`. */
export const Trigger = z.strictObject({
  pages: z.optional(PageRules),
  elementPresent: z.optional(Anchor),
  /** Start when this event is tracked. */
  event: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  manual: z.optional(z.boolean()),
  /** Wait this long after the trigger fires. Default 0. */
  delayMs: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(600000))),
});
export type Trigger = z.infer<typeof Trigger>;

export const Frequency = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('once') }),
  z.strictObject({ type: z.literal('every_session') }),
  z.strictObject({ type: z.literal('until_completed') }),
  z.strictObject({ type: z.literal('every_n_days'), days: z.number().check(z.positive(), z.lte(3650)) }),
]);
export type Frequency = z.infer<typeof Frequency>;

export const Goal = z.strictObject({
  milestone: Id,
  /** Count the goal only if reached within this many days of the flow starting. */
  withinDays: z.optional(z.number().check(z.positive(), z.lte(365))),
});

const flowShape = {
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  version: Version,
  name: ShortText,
  kind: FlowKind,
  steps: z.array(Step).check(z.maxLength(50, 'at most 50 steps')),
  checklist: z.optional(Checklist),
  /** The sections of a `resource-center` flow. */
  resourceCenter: z.optional(ResourceCenter),
  trigger: Trigger,
  audience: z.optional(Condition),
  frequency: Frequency,
  /** Higher wins when several blocking flows want to show. Default 0. */
  priority: z.optional(z.number().check(z.int(), z.gte(-1000), z.lte(1000))),
  goal: z.optional(Goal),
  journeyStage: z.optional(JourneyStage),
  locales: z.optional(Locales),
  theme: z.optional(Theme),
};

type FlowShapeOutput = z.infer<z.ZodMiniObject<typeof flowShape>>;

function checkFlowConsistency(flow: FlowShapeOutput, ctx: z.core.$RefinementCtx<FlowShapeOutput>): void {
  const problem = (path: Array<string | number>, message: string, input: unknown) => ctx.addIssue({ code: 'custom', path, message, input });
  /** Ids that must be unique within a list: each repeat is a problem at its own path. */
  const unique = (noun: string, seen: Set<string>, ids: readonly string[], pathOf: (index: number) => Array<string | number>) =>
    ids.forEach((id, index) => {
      if (seen.has(id)) problem(pathOf(index), `duplicate ${noun} id "${id}"`, id);
      seen.add(id);
    });
  const allowed = stepTypesByKind[flow.kind];
  if (flow.kind === 'checklist') {
    if (!flow.checklist) problem(['checklist'], 'required for checklist flows', flow.checklist);
  } else if (flow.kind === 'resource-center') {
    if (!flow.resourceCenter) problem(['resourceCenter'], 'required for resource-center flows', flow.resourceCenter);
    if (flow.steps.length > 0) problem(['steps'], 'a resource center has no steps (its content is in resourceCenter.sections)', flow.steps);
  } else if (flow.steps.length === 0) {
    problem(['steps'], `a ${flow.kind} needs at least one step`, flow.steps);
  }
  if (flow.kind === 'announcement' && flow.steps.length > 1) problem(['steps'], 'an announcement has exactly one bar step', flow.steps);
  flow.steps.forEach((step, index) => {
    if (!allowed.includes(step.type)) problem(['steps', index, 'type'], `"${step.type}" steps are not allowed in a ${flow.kind} flow (allowed: ${allowed.join(', ') || 'none'})`, step.type);
  });
  const stepIds = new Set<string>();
  unique('step', stepIds, flow.steps.map((s) => s.id), (index) => ['steps', index, 'id']);
  flow.steps.forEach((step, index) => {
    step.buttons?.forEach((button, b) => {
      if (button.action.type === 'goto_step' && !stepIds.has(button.action.stepId)) problem(['steps', index, 'buttons', b, 'action', 'stepId'], `no step "${button.action.stepId}" in this flow`, button.action.stepId);
    });
  });
  unique('item', new Set(), flow.checklist?.items.map((i) => i.id) ?? [], (index) => ['checklist', 'items', index, 'id']);
  const rc = flow.resourceCenter;
  if (!rc) return;
  if (flow.kind !== 'resource-center') problem(['resourceCenter'], `only resource-center flows have one (this is a ${flow.kind})`, rc);
  unique('section', new Set(), rc.sections.map((s) => s.id), (index) => ['resourceCenter', 'sections', index, 'id']);
  const itemIds = new Set<string>();
  rc.sections.forEach((section, index) => {
    if (!('items' in section)) return;
    const items: Array<{ id: string; url?: string; content?: unknown }> = section.items;
    unique('item', itemIds, items.map((i) => i.id), (i) => ['resourceCenter', 'sections', index, 'items', i, 'id']);
    if (section.type === 'help') items.forEach((item, i) => item.url === undefined && item.content === undefined && problem(['resourceCenter', 'sections', index, 'items', i], 'a help item needs a url or content', item));
  });
}

/** One onboarding experience: the contract between builder, server and SDK. */
export const Flow = z.strictObject(flowShape).check(z.superRefine(checkFlowConsistency));
export type Flow = z.infer<typeof Flow>;
