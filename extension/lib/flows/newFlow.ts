import { CURRENT_SCHEMA_VERSION, type Flow, type FlowKind } from '../../../shared/schema/flow.ts';
import type { UrlRule } from '../../../shared/schema/urlRule.ts';
import { newStep } from './newStep.ts';

/** A new draft of a kind, with sensible defaults (what a Userpilot/Appcues user gets on "New"). */
export function newFlow(kind: FlowKind, id: string, name: string, page: UrlRule | undefined): Flow {
  const base = {
    schemaVersion: CURRENT_SCHEMA_VERSION as typeof CURRENT_SCHEMA_VERSION & 1,
    id,
    version: 1,
    name,
    kind,
    trigger: page ? { pages: { include: [page] } } : { manual: true },
    frequency: kind === 'checklist' ? { type: 'until_completed' as const } : { type: 'once' as const },
  };
  switch (kind) {
    case 'checklist':
      return { ...base, steps: [], checklist: { title: name, items: [] as never } };
    case 'announcement':
      return { ...base, steps: [newStep('bar', [])] };
    case 'modal':
      return { ...base, steps: [newStep('modal', [])] };
    case 'survey':
      return { ...base, steps: [newStep('survey', [])] };
    case 'hotspot':
      return { ...base, steps: [] };
    case 'tour':
      return { ...base, steps: [] };
    case 'resource-center':
      // On every page unless the PM narrows it; the sections start with the project's checklists.
      return { ...base, trigger: { pages: { include: [{ type: 'glob', value: '/**' }] } }, frequency: { type: 'every_session' }, steps: [], resourceCenter: { title: name, launcher: { icon: 'help' }, sections: [{ id: 'checklists', type: 'checklists' }] } };
  }
}
