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
  const allowed = stepTypesByKind[flow.kind];
  if (flow.kind === 'checklist') {
    if (!flow.checklist) ctx.addIssue({ code: 'custom', path: ['checklist'], message: 'required for checklist flows', input: flow.checklist });
  } else if (flow.kind === 'resource-center') {
    if (!flow.resourceCenter) ctx.addIssue({ code: 'custom', path: ['resourceCenter'], message: 'required for resource-center flows', input: flow.resourceCenter });
    if (flow.steps.length > 0) ctx.addIssue({ code: 'custom', path: ['steps'], message: 'a resource center has no steps (its content is in resourceCenter.sections)', input: flow.steps });
  } else if (flow.steps.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['steps'], message: `a ${flow.kind} needs at least one step`, input: flow.steps });
  }
  if (flow.kind === 'announcement' && flow.steps.length > 1) {
    ctx.addIssue({ code: 'custom', path: ['steps'], message: 'an announcement has exactly one bar step', input: flow.steps });
  }
  const stepIds = new Set<string>();
  flow.steps.forEach((step, index) => {
    if (!allowed.includes(step.type)) {
      ctx.addIssue({ code: 'custom', path: ['steps', index, 'type'], message: `"${step.type}" steps are not allowed in a ${flow.kind} flow (allowed: ${allowed.join(', ') || 'none'})`, input: step.type });
    }
    if (stepIds.has(step.id)) ctx.addIssue({ code: 'custom', path: ['steps', index, 'id'], message: `duplicate step id "${step.id}"`, input: step.id });
    stepIds.add(step.id);
  });
  flow.steps.forEach((step, index) => {
    step.buttons?.forEach((button, b) => {
      if (button.action.type === 'goto_step' && !stepIds.has(button.action.stepId)) {
        ctx.addIssue({ code: 'custom', path: ['steps', index, 'buttons', b, 'action', 'stepId'], message: `no step "${button.action.stepId}" in this flow`, input: button.action.stepId });
      }
    });
  });
  const itemIds = new Set<string>();
  flow.checklist?.items.forEach((item, index) => {
    if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['checklist', 'items', index, 'id'], message: `duplicate item id "${item.id}"`, input: item.id });
    itemIds.add(item.id);
  });
  if (flow.resourceCenter && flow.kind !== 'resource-center') {
    ctx.addIssue({ code: 'custom', path: ['resourceCenter'], message: `only resource-center flows have one (this is a ${flow.kind})`, input: flow.resourceCenter });
  }
  const sectionIds = new Set<string>();
  const resourceIds = new Set<string>();
  flow.resourceCenter?.sections.forEach((section, index) => {
    if (sectionIds.has(section.id)) ctx.addIssue({ code: 'custom', path: ['resourceCenter', 'sections', index, 'id'], message: `duplicate section id "${section.id}"`, input: section.id });
    sectionIds.add(section.id);
    if (!('items' in section)) return;
    section.items.forEach((item: { id: string }, i) => {
      if (resourceIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['resourceCenter', 'sections', index, 'items', i, 'id'], message: `duplicate item id "${item.id}"`, input: item.id });
      resourceIds.add(item.id);
    });
    if (section.type === 'help') {
      section.items.forEach((item, i) => {
        if (item.url === undefined && item.content === undefined) ctx.addIssue({ code: 'custom', path: ['resourceCenter', 'sections', index, 'items', i], message: 'a help item needs a url or content', input: item });
      });
    }
  });
}

/** One onboarding experience: the contract between builder, server and SDK. */
export const Flow = z.strictObject(flowShape).check(z.superRefine(checkFlowConsistency));
export type Flow = z.infer<typeof Flow>;
