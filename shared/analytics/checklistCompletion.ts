import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';
import { usersBy } from './usersBy.ts';

export interface ChecklistCompletion {
  /** Users who had the checklist (started it, or completed one of its items). */
  users: number;
  /** Users who completed every item. */
  completedAll: number;
  items: { item: string; completed: number; rate: number }[];
}

export interface ChecklistCompletionOptions {
  /** Item ids in checklist order, from the flow document; otherwise the order they were first completed in. */
  items?: readonly string[];
  filter?: AnalyticsFilter;
}

/** Per checklist item, how many users completed it, and how many completed the whole checklist. */
export function checklistCompletion(events: readonly EventEnvelope[], flowId: string, options: ChecklistCompletionOptions = {}): ChecklistCompletion {
  const selected = selectEvents(events, options.filter).filter((e) => e.flowId === flowId);
  const byItem = usersBy(selected, (e) => (e.type === 'checklist_item_completed' && typeof e.props['item'] === 'string' ? e.props['item'] : undefined));
  const users = new Set(selected.filter((e) => e.type === 'flow_started' || e.type === 'checklist_item_completed').map((e) => e.user));
  const completedAll = new Set(selected.filter((e) => e.type === 'flow_completed').map((e) => e.user));
  const order = [...(options.items ?? []), ...[...byItem.keys()].filter((id) => !options.items?.includes(id))];
  return {
    users: users.size,
    completedAll: completedAll.size,
    items: order.map((item) => {
      const completed = byItem.get(item)?.size ?? 0;
      return { item, completed, rate: users.size > 0 ? completed / users.size : 0 };
    }),
  };
}
