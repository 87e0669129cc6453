import type { Condition } from '../../../shared/schema/condition.ts';
import type { ChecklistItem } from '../../../shared/schema/checklist.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { FlowItem, HelpItem } from '../../../shared/schema/resourceCenter.ts';
import type { Theme } from '../../../shared/schema/theme.ts';

/** Where a click in the resource center came from: its lists or its search results. */
export type ResourceVia = 'list' | 'search';

/** Something the user chose in the resource center. */
export type ResourceChoice =
  | { kind: 'tour'; sectionId: string; item: FlowItem; via: ResourceVia }
  | { kind: 'whats-new'; sectionId: string; item: FlowItem; via: ResourceVia }
  | { kind: 'help'; sectionId: string; item: HelpItem; via: ResourceVia }
  | { kind: 'checklist'; sectionId: string; flow: Flow; item: ChecklistItem }
  | { kind: 'contact'; sectionId: string };

export interface ResourceCenterViewModel {
  /** The resource-center flow shown on this page. */
  flow: Flow;
  /** Every flow of the bundle, for the tours, announcements and checklists the sections list. */
  flows: readonly Flow[];
  open: boolean;
  /** False while a tour, modal or survey is on screen (one thing at a time) or when the launcher is hidden. */
  launcherShown: boolean;
  locale?: string;
  theme?: Theme;
  /** Ids of the "What's new" items this user has seen. */
  seen: ReadonlySet<string>;
  inAudience: (condition: Condition | undefined) => boolean;
  flowState: (flowId: string) => { seen: boolean; completed: boolean };
  reached: (milestoneId: string) => boolean;
  onOpen: () => void;
  onClose: () => void;
  /** Records an event of this resource center, or of `about` (a checklist it lists). */
  emit: (type: string, props: Record<string, unknown>, about?: Flow) => void;
  /** Starts a flow as the user's explicit request (its frequency ignored). */
  start: (flowId: string) => void;
  navigate: (url: string, newTab: boolean) => void;
  track: (event: string) => void;
  /** These "What's new" items were seen by this user. */
  markSeen: (itemIds: readonly string[]) => void;
}
