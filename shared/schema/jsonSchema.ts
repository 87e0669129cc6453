import * as z from 'zod/mini';
import { Action, Button } from './action.ts';
import { Anchor, SelectorCandidate } from './anchor.ts';
import { Bundle } from './bundle.ts';
import { Checklist, ChecklistItem } from './checklist.ts';
import { Condition } from './condition.ts';
import { Block, Content, Inline, TextNode } from './content.ts';
import { Experiment, Holdout, Variant } from './experiment.ts';
import { Flow, Frequency, Goal, Trigger } from './flow.ts';
import { Locales, StepTranslation } from './locales.ts';
import { Milestone, MilestoneSource } from './milestone.ts';
import { AdvanceOn, BarStep, HotspotStep, ModalStep, OnMissing, Step, SurveyStep, TooltipStep } from './step.ts';
import { Survey } from './survey.ts';
import { Theme } from './theme.ts';
import { PageRules, UrlRule } from './urlRule.ts';
import { ExperimentAssignment, FlowState, UserState } from './userState.ts';

const base = 'https://waymark.dev/schema/v1/';

const named: Record<string, z.ZodMiniType> = {
  Action, AdvanceOn, Anchor, BarStep, Block, Button, Checklist, ChecklistItem, Condition, Content,
  Experiment, Flow, Frequency, Goal, Holdout, HotspotStep, Inline, Locales, Milestone, MilestoneSource,
  ModalStep, OnMissing, PageRules, SelectorCandidate, Step, StepTranslation, Survey, SurveyStep, TextNode,
  Theme, TooltipStep, Trigger, UrlRule, Variant, FlowState, ExperimentAssignment,
};

function render(schema: z.ZodMiniType, id: string, title: string): string {
  const registry = z.registry<{ id: string }>();
  for (const [name, part] of Object.entries(named)) if (part !== schema) registry.add(part, { id: name });
  const json = z.toJSONSchema(schema, { metadata: registry, target: 'draft-2020-12', unrepresentable: 'any', io: 'input', reused: 'inline' });
  return JSON.stringify({ ...json, $id: base + id, title }, null, 2) + '\n';
}

/** The generated JSON Schema files, by file name. Cross-field rules are checked by zod only. */
export function renderJsonSchemas(): Record<string, string> {
  return {
    'flow.schema.json': render(Flow, 'flow.schema.json', 'Waymark flow'),
    'bundle.schema.json': render(Bundle, 'bundle.schema.json', 'Waymark bundle'),
    'userState.schema.json': render(UserState, 'userState.schema.json', 'Waymark user state'),
  };
}
