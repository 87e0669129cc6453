import type { Action, Button } from '../../shared/schema/action.ts';
import type { Step } from '../../shared/schema/step.ts';
import type { Theme } from '../../shared/schema/theme.ts';

/** Everything a step component needs to draw one step of one flow. */
export interface StepViewModel {
  flowId: string;
  step: Step;
  index: number;
  total: number;
  showProgress: boolean;
  buttons: Button[];
  anchor: Element | null;
  theme?: Theme;
  onAction: (action: Action) => void;
  onClose: () => void;
  /** Survey steps report their answer here (the step stays open on its thank-you). */
  onSurveyAnswer?: (answer: SurveyAnswer) => void;
}

export interface SurveyAnswer {
  kind: 'nps' | 'csat' | 'ces';
  score: number;
  comment?: string;
}
