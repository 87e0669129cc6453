import type { Checklist, ChecklistItem } from '../../shared/schema/checklist.ts';
import type { Theme } from '../../shared/schema/theme.ts';

export interface ChecklistViewModel {
  flowId: string;
  checklist: Checklist;
  done: ReadonlySet<string>;
  open: boolean;
  theme?: Theme;
  onToggle: () => void;
  onItem: (item: ChecklistItem) => void;
  onDismiss: () => void;
}
