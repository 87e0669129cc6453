import type { Checklist } from '../../shared/schema/checklist.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Theme } from '../../shared/schema/theme.ts';
import type { ChecklistViewModel } from '../ui/ChecklistViewModel.ts';
import { localizeChecklist } from './localizeChecklist.ts';

export interface ChecklistViewInput {
  flow: Flow;
  checklist: Checklist;
  reached: (milestoneId: string) => boolean;
  open: boolean;
  theme: Theme | undefined;
  /** The user's locale: title and items are drawn in it when the flow has that translation. */
  locale?: string;
  handlers: Pick<ChecklistViewModel, 'onToggle' | 'onItem' | 'onDismiss'>;
}

/** What the checklist component draws for one checklist flow (the engine and the builder preview alike). */
export function checklistView({ flow, checklist, reached, open, theme, locale, handlers }: ChecklistViewInput): ChecklistViewModel {
  return {
    flowId: flow.id,
    checklist: localizeChecklist(flow, checklist, locale),
    done: new Set(checklist.items.filter((item) => reached(item.milestone)).map((item) => item.id)),
    open,
    ...(theme ? { theme } : {}),
    ...handlers,
  };
}
