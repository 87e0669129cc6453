import type { IconNode } from 'lucide';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';

/** One thing a template asks the PM for: an element on the page (picked), or a milestone (existing, or a click on a picked element). */
export interface TemplateSlot {
  key: string;
  kind: 'element' | 'milestone';
  /** What to pick, in the PM's words ("The button that connects an integration"). */
  label: string;
  help: string;
  optional?: boolean;
}

/** What the PM gave for a slot. */
export type SlotValue = { element: PickedElement } | { milestoneId: string };

export interface TemplateContext {
  /** The page the PM is on (flows start there), or null. */
  pageUrl: string | null;
  /** Ids already used, so the new ones are unique. */
  flowIds: readonly string[];
  milestones: readonly Milestone[];
}

/** What applying a template adds to the project: ordinary drafts, milestones and experiments. */
export interface TemplateResult {
  flows: Flow[];
  milestones: Milestone[];
  experiments: Experiment[];
  /** The flow to open once it is made. */
  open: string;
}

export interface Template {
  id: string;
  name: string;
  /** One sentence: what the end user sees. */
  description: string;
  icon: IconNode;
  slots: readonly TemplateSlot[];
  build(values: Readonly<Record<string, SlotValue | undefined>>, context: TemplateContext): TemplateResult;
}
