import type { ChecklistItem } from '../../../shared/schema/checklist.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { FlowProgress } from '../../storage/progress.ts';
import { newlyCompletedItems } from '../newlyCompletedItems.ts';
import type { Effect } from './effects.ts';

const ids = (flow: Flow) => ({ flowId: flow.id, flowVersion: flow.version });

/** A checklist starts shown (its launcher); opened at once when asked for by `start()`. Then its items are synced. */
export function startChecklist(flow: Flow, saved: FlowProgress | undefined, resume: boolean, manual: boolean, reached: (milestoneId: string) => boolean, now: number, sessionId: string): Effect[] {
  const out: Effect[] = [];
  let progress = saved;
  if (!resume) {
    const changes: Partial<FlowProgress> = { status: 'active', stepIndex: 0, starts: (saved?.starts ?? 0) + 1, lastStartedAt: now, sessionId, open: manual };
    out.push({ type: 'save', flowId: flow.id, changes }, { type: 'emit', event: 'flow_started', fields: { ...ids(flow), props: { manual } } });
    progress = { ...(saved as FlowProgress), ...changes };
  } else if (manual) out.push({ type: 'save', flowId: flow.id, changes: { open: true } });
  out.push(...syncChecklist(flow, progress, reached, now), { type: 'render' });
  return out;
}

/** Ticks off the items whose milestone is reached (even before the checklist was first shown); all ticked completes it. */
export function syncChecklist(flow: Flow, saved: FlowProgress | undefined, reached: (milestoneId: string) => boolean, now: number): Effect[] {
  const checklist = flow.checklist;
  if (!checklist) return [];
  const reported = new Set(saved?.completedItems ?? []);
  const fresh = newlyCompletedItems(checklist, reported, reached);
  if (!fresh.length) return [];
  const out: Effect[] = [];
  for (const item of fresh) {
    reported.add(item.id);
    out.push({ type: 'emit', event: 'checklist_item_completed', fields: { ...ids(flow), props: { item: item.id, milestone: item.milestone } } });
  }
  out.push({ type: 'save', flowId: flow.id, changes: { completedItems: [...reported] } });
  if (checklist.items.every((item) => reported.has(item.id)) && saved?.status === 'active') {
    out.push({ type: 'save', flowId: flow.id, changes: { status: 'completed', completedAt: now } }, { type: 'emit', event: 'flow_completed', fields: ids(flow) });
  }
  return out;
}

/** A click on an item closes the panel and follows the item's action. */
export function checklistItemClicked(flow: Flow, item: ChecklistItem): Effect[] {
  const out: Effect[] = [
    { type: 'emit', event: 'checklist_item_clicked', fields: { ...ids(flow), props: { item: item.id } } },
    { type: 'save', flowId: flow.id, changes: { open: false } },
    { type: 'render' },
  ];
  const action = item.action;
  if (action?.type === 'start_flow') out.push({ type: 'start_flow', flowId: action.flowId });
  else if (action?.type === 'url') out.push({ type: 'navigate', url: action.url, newTab: action.newTab === true });
  else if (action?.type === 'track') out.push({ type: 'track', name: action.event });
  return out;
}

/** An open checklist panel closes when the user moves on, unless it is pinned. */
export const closesOnNavigation = (flow: Flow, saved: FlowProgress | undefined): boolean => !!flow.checklist && !flow.checklist.pinned && saved?.open === true;
