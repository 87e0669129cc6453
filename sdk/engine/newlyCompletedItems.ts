import type { Checklist, ChecklistItem } from '../../shared/schema/checklist.ts';

/** Checklist items whose milestone is reached but which were not reported yet. */
export function newlyCompletedItems(checklist: Checklist, reported: ReadonlySet<string>, reached: (milestone: string) => boolean): ChecklistItem[] {
  return checklist.items.filter((item) => !reported.has(item.id) && reached(item.milestone));
}
