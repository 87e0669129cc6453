import type { Action } from '../../shared/schema/action.ts';
import type { ChecklistItem } from '../../shared/schema/checklist.ts';
import type { Flow } from '../../shared/schema/flow.ts';
import type { Theme } from '../../shared/schema/theme.ts';
import type { PageLocation } from '../../shared/targeting/matchUrlRule.ts';
import { checklistView } from '../engine/checklistView.ts';
import { stepBelongsOn } from '../engine/firstStepForPage.ts';
import { isBlocking } from '../engine/rules/isBlocking.ts';
import { stepView } from '../engine/stepView.ts';
import type { FlowProgress } from '../storage/progress.ts';
import type { ChecklistViewModel } from '../ui/ChecklistViewModel.ts';
import type { StepViewModel } from '../ui/StepViewModel.ts';
import type { LiveRun } from './Session.ts';

export interface DrawInput {
  runs: readonly LiveRun[];
  progress: ReadonlyMap<string, FlowProgress>;
  page: PageLocation;
  locale: string | undefined;
  theme: Theme | undefined;
  /** Null until a theme is in play (then every theme drawn passes it). */
  themeCheck: ((theme: unknown) => Theme | undefined) | null;
  reached: (milestoneId: string) => boolean;
  handlers: {
    action(live: LiveRun, action: Action): void;
    close(live: LiveRun): void;
    surveyAnswer(live: LiveRun, stepId: string, answer: object): void;
    toggleChecklist(live: LiveRun): void;
    checklistItem(live: LiveRun, item: ChecklistItem): void;
  };
}

const themeFor = (flow: Flow, theme: Theme | undefined, check: DrawInput['themeCheck']) => (check && (theme || flow.theme) ? check({ ...theme, ...flow.theme }) : undefined);

/** What the renderers draw for the running flows: each shown step, and each checklist's launcher or panel. */
export function drawViews({ runs, progress, page, locale, theme, themeCheck, reached, handlers }: DrawInput): { views: StepViewModel[]; checklists: ChecklistViewModel[] } {
  const views: StepViewModel[] = [];
  const checklists: ChecklistViewModel[] = [];
  // One thing at a time: a closed checklist's launcher waits while a tour, modal or survey shows.
  const blockingShown = runs.some((live) => isBlocking(live.flow) && live.state.phase === 'shown');
  for (const live of runs) {
    const { flow, state } = live;
    if (state.phase !== 'shown') continue;
    const checklist = flow.checklist;
    const open = progress.get(flow.id)?.open === true;
    if (checklist) {
      if (blockingShown && !open) continue;
      checklists.push(checklistView({
        flow, checklist, reached, open, locale,
        theme: themeFor(flow, theme, themeCheck),
        handlers: { onToggle: () => handlers.toggleChecklist(live), onItem: (item) => handlers.checklistItem(live, item), onDismiss: () => handlers.close(live) },
      }));
      continue;
    }
    const stepId = flow.steps[state.stepIndex]!.id;
    // Back is offered when there is a previous step and it belongs on this page.
    const previous = flow.steps[state.stepIndex - 1];
    views.push(stepView({
      flow,
      stepIndex: state.stepIndex,
      anchor: live.anchor,
      locale,
      theme: themeFor(flow, theme, themeCheck),
      canGoBack: previous !== undefined && stepBelongsOn(previous, page),
      handlers: {
        onAction: (action) => handlers.action(live, action),
        onClose: () => handlers.close(live),
        onSurveyAnswer: (answer) => handlers.surveyAnswer(live, stepId, answer),
      },
    }));
  }
  return { views, checklists };
}
