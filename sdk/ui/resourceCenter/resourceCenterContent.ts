import type { ChecklistItem } from '../../../shared/schema/checklist.ts';
import type { Content } from '../../../shared/schema/content.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { ownValue } from '../../../shared/schema/ownValue.ts';
import type { FlowItem, HelpItem, ResourceCenter, ResourceSection } from '../../../shared/schema/resourceCenter.ts';
import { flowTranslation } from '../../engine/flowTranslation.ts';
import { localizeChecklist } from '../../engine/localizeChecklist.ts';
import { localizedFlowName } from '../../engine/localizedFlowName.ts';
import type { ResourceCenterViewModel } from './ResourceCenterViewModel.ts';

export interface ResourceLabels {
  search: string;
  noResults: string;
  back: string;
  close: string;
  replay: string;
  unread: string;
  searchElsewhere: string;
}

const ENGLISH: ResourceLabels = { search: 'Search help', noResults: 'No results for', back: 'Back', close: 'Close', replay: 'Replay', unread: 'New', searchElsewhere: 'Search the help center for' };
const SECTION_TITLES: Record<ResourceSection['type'], string> = { checklists: 'Get started', tours: 'Tours', 'whats-new': "What's new", help: 'Help articles', contact: 'Contact us' };

/** One entry of a list: what the user reads, and the item it stands for. */
export interface ListedFlow { item: FlowItem; title: string; summary?: string; flowId: string; completed: boolean; unread: boolean }
export interface ListedHelp { item: HelpItem; title: string; summary?: string; content?: Content }
export interface ListedChecklist { flow: Flow; title: string; items: ChecklistItem[]; done: ReadonlySet<string> }

export type ShownSection =
  | { type: 'checklists'; id: string; title: string; checklists: ListedChecklist[] }
  | { type: 'tours' | 'whats-new'; id: string; title: string; items: ListedFlow[] }
  | { type: 'help'; id: string; title: string; items: ListedHelp[] }
  | { type: 'contact'; id: string; title: string; label: string; summary?: string };

export interface ShownResourceCenter {
  title: string;
  launcherLabel: string;
  labels: ResourceLabels;
  sections: ShownSection[];
  /** "What's new" items not seen yet, for the launcher's badge. */
  unread: string[];
  /** The first listed checklist not done yet, as "1 of 4", for the launcher (the checklist's own launcher gives way to it). */
  progress?: string;
  searchUrl?: string;
}

/**
 * What the resource center shows this user, in their locale: the sections and items their
 * audience rules let through, items whose flow is not in the release left out, and empty sections dropped.
 */
export function resourceCenterContent(view: ResourceCenterViewModel): ShownResourceCenter {
  const { flow, locale } = view;
  const rc = flow.resourceCenter as ResourceCenter;
  const t = flowTranslation(flow, locale)?.resourceCenter;
  const byId = new Map(view.flows.map((f) => [f.id, f]));
  const itemText = (id: string) => ownValue(t?.items, id);
  const labels = { ...ENGLISH, ...stripUndefined(rc.labels), ...stripUndefined(t?.labels) };
  const sections: ShownSection[] = [];
  const unread: string[] = [];

  for (const section of rc.sections) {
    if (!view.inAudience(section.audience)) continue;
    const st = ownValue(t?.sections, section.id);
    const title = st?.title ?? section.title ?? SECTION_TITLES[section.type];
    switch (section.type) {
      case 'checklists': {
        const flows = section.flowIds ? section.flowIds.map((id) => byId.get(id)) : view.flows.filter((f) => f.kind === 'checklist');
        const checklists = flows
          .filter((f): f is Flow => f?.kind === 'checklist' && !!f.checklist && view.inAudience(f.audience))
          .map((f) => {
            const checklist = localizeChecklist(f, f.checklist!, locale);
            return { flow: f, title: checklist.title, items: checklist.items, done: new Set(checklist.items.filter((i) => view.reached(i.milestone)).map((i) => i.id)) };
          });
        if (checklists.length) sections.push({ type: 'checklists', id: section.id, title: (section.title ?? st?.title) === undefined && checklists.length === 1 ? checklists[0]!.title : title, checklists });
        break;
      }
      case 'tours':
      case 'whats-new': {
        const items = section.items.flatMap((item): ListedFlow[] => {
          const listed = byId.get(item.flowId);
          if (!listed || !view.inAudience(item.audience)) return [];
          const text = itemText(item.id);
          const state = view.flowState(item.flowId);
          const isUnread = section.type === 'whats-new' && !view.seen.has(item.id) && !state.seen;
          if (isUnread) unread.push(item.id);
          const summary = text?.summary ?? item.summary;
          return [{ item, flowId: item.flowId, title: text?.title ?? item.title ?? localizedFlowName(listed, locale), ...(summary ? { summary } : {}), completed: state.completed, unread: isUnread }];
        });
        if (items.length) sections.push({ type: section.type, id: section.id, title, items });
        break;
      }
      case 'help': {
        const items = section.items.flatMap((item): ListedHelp[] => {
          if (!view.inAudience(item.audience)) return [];
          const text = itemText(item.id);
          const summary = text?.summary ?? item.summary;
          const content = text?.content ?? item.content;
          return [{ item, title: text?.title ?? item.title, ...(summary ? { summary } : {}), ...(content ? { content } : {}) }];
        });
        if (items.length) sections.push({ type: 'help', id: section.id, title, items });
        break;
      }
      case 'contact': {
        const summary = st?.summary ?? section.summary;
        sections.push({ type: 'contact', id: section.id, title, label: st?.label ?? section.label, ...(summary ? { summary } : {}) });
        break;
      }
    }
  }
  const title = t?.title ?? rc.title;
  const open = sections.flatMap((s) => (s.type === 'checklists' ? s.checklists : [])).find((c) => c.done.size < c.items.length);
  const progress = open ? `${open.done.size} of ${open.items.length}` : undefined;
  return { title, launcherLabel: t?.launcherLabel ?? rc.launcher?.label ?? '', labels, sections, unread, ...(progress ? { progress } : {}), ...(rc.searchUrl ? { searchUrl: rc.searchUrl } : {}) };
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return value ? (Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>) : {};
}
