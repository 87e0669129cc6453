import type { Flow } from '../../shared/schema/flow.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';
import type { Step } from '../../shared/schema/step.ts';
import type { Theme } from '../../shared/schema/theme.ts';
import type { StepViewModel } from '../ui/StepViewModel.ts';
import { defaultButtons } from './defaultButtons.ts';
import { flowTranslation } from './flowTranslation.ts';
import { localizeStep } from './localizeStep.ts';

const BLOCKING_STEP_TYPES = new Set<Step['type']>(['tooltip', 'modal', 'survey']);

export interface StepViewInput {
  flow: Flow;
  stepIndex: number;
  anchor: Element | null;
  locale: string | undefined;
  theme: Theme | undefined;
  canGoBack: boolean;
  handlers: Pick<StepViewModel, 'onAction' | 'onClose' | 'onSurveyAnswer'>;
}

/** What the step components draw for one flow at one step (the engine and the builder preview alike). */
export function stepView({ flow, stepIndex, anchor, locale, theme, canGoBack, handlers }: StepViewInput): StepViewModel {
  const step = localizeStep(flow, flow.steps[stepIndex]!, locale);
  const total = flow.steps.length;
  return {
    flowId: flow.id,
    step,
    index: stepIndex,
    total,
    // Progress for multi-step blocking flows, unless the step says otherwise.
    showProgress: 'showProgress' in step && step.showProgress !== undefined ? step.showProgress : total > 1 && BLOCKING_STEP_TYPES.has(step.type),
    // Default buttons (next, back, done, got-it) take translated labels by their ids too.
    buttons: defaultButtons(step, stepIndex, total, canGoBack).map((button) => ({ ...button, label: ownValue(ownValue(flowTranslation(flow, locale)?.steps, step.id)?.buttons, button.id) ?? button.label })),
    anchor,
    ...(theme ? { theme } : {}),
    ...handlers,
  };
}
