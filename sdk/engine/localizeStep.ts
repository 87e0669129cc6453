import type { Flow } from '../../shared/schema/flow.ts';
import { ownValue } from '../../shared/schema/ownValue.ts';
import type { Step } from '../../shared/schema/step.ts';
import { flowTranslation } from './flowTranslation.ts';

/** Picks the translation for `locale` (exact tag, then its language), falling back field by field to the default text. */
export function localizeStep(flow: Flow, step: Step, locale: string | undefined): Step {
  const t = ownValue(flowTranslation(flow, locale)?.steps, step.id);
  if (!t) return step;
  const localized = { ...step } as Step;
  if (t.title !== undefined) localized.title = t.title;
  if (t.content !== undefined) localized.content = t.content;
  if (t.buttons && step.buttons) localized.buttons = step.buttons.map((b) => ({ ...b, label: ownValue(t.buttons, b.id) ?? b.label }));
  if (t.survey && localized.type === 'survey') {
    const s = localized.survey;
    localized.survey = {
      ...s,
      question: t.survey.question ?? s.question,
      ...(t.survey.lowLabel ?? s.lowLabel ? { lowLabel: t.survey.lowLabel ?? s.lowLabel } : {}),
      ...(t.survey.highLabel ?? s.highLabel ? { highLabel: t.survey.highLabel ?? s.highLabel } : {}),
      ...(s.followUp ? { followUp: { ...s.followUp, question: t.survey.followUp ?? s.followUp.question } } : {}),
      ...(t.survey.thankYou ?? s.thankYou ? { thankYou: t.survey.thankYou ?? s.thankYou } : {}),
    };
  }
  return localized;
}
