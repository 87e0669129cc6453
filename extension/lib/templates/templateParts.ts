import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Content } from '../../../shared/schema/content.ts';
import { CURRENT_SCHEMA_VERSION, type Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { UrlRule } from '../../../shared/schema/urlRule.ts';
import { pathOf } from '../flows/pathOf.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import type { SlotValue, TemplateContext } from './Template.ts';

/** A content tree of plain paragraphs. */
export function paragraphs(...texts: string[]): Content {
  return texts.map((text) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }));
}

/** The name a PM would use for a picked element: its accessible name or text, else its description. */
export function elementName(element: PickedElement): string {
  return (element.anchor.name ?? element.anchor.text ?? element.title ?? element.label).trim().slice(0, 80);
}

/** The exact page an element was picked on. */
export function pageOf(element: PickedElement): UrlRule {
  return { type: 'exact', value: pathOf(element.url) };
}

/** The page the PM is on, or every page. */
export function startPage(context: TemplateContext): UrlRule {
  return context.pageUrl ? { type: 'exact', value: pathOf(context.pageUrl) } : { type: 'glob', value: '/**' };
}

/** The skeleton every template's flow starts from. */
export function baseFlow(id: string, name: string, kind: Flow['kind'], trigger: Flow['trigger']): Omit<Flow, 'steps'> {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, id, version: 1, name, kind, trigger, frequency: { type: 'once' } };
}

/** Ids handed out while building one template, unique among the project's and each other. */
export function idPool(taken: Iterable<string>) {
  const used = new Set(taken);
  return (name: string, fallback: string) => {
    const id = uniqueId(name, used, fallback);
    used.add(id);
    return id;
  };
}

/** The milestone a slot stands for: an existing one, or a new "clicked <element>" milestone. */
export function slotMilestone(value: SlotValue | undefined, context: TemplateContext, newId: (name: string, fallback: string) => string, stage: Milestone['stage'], fallbackName: string): { milestone: Milestone; created: boolean } {
  if (value && 'milestoneId' in value) {
    const existing = context.milestones.find((m) => m.id === value.milestoneId);
    if (existing) return { milestone: existing, created: false };
  }
  if (value && 'element' in value) {
    const name = `Clicked ${elementName(value.element)}`.slice(0, 200);
    return { milestone: { id: newId(name, 'milestone'), name, stage, reachedBy: [{ type: 'click', anchor: value.element.anchor }] }, created: true };
  }
  return { milestone: { id: newId(fallbackName, 'milestone'), name: fallbackName, stage, reachedBy: [{ type: 'event', name: newId(fallbackName, 'event').replaceAll('-', '_') }] }, created: true };
}
