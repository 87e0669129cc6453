import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { applyTheme } from './applyTheme.ts';
import { CloseButton } from './CloseButton.tsx';
import { focusInitial } from './focus.ts';
import { idsFor } from './StepBody.tsx';
import { RatingGroup } from './RatingGroup.tsx';
import { surveyScale } from './surveyScale.ts';
import type { StepViewModel } from './StepViewModel.ts';
import { JUMP_SHORTCUT } from './useJumpShortcut.ts';

/** A micro-survey card in the corner: NPS, CSAT or CES score, optional follow-up, thank-you. */
export function SurveyView({ view }: { view: StepViewModel }) {
  const ref = useRef<HTMLDivElement>(null);
  const [score, setScore] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const step = view.step;
  const ids = idsFor(view);

  useLayoutEffect(() => {
    if (ref.current) applyTheme(ref.current, view.theme);
  }, [view.theme]);

  // The Send button is gone once answered: keep keyboard users inside the card, on Close.
  useLayoutEffect(() => {
    if (sent && ref.current) focusInitial(ref.current);
  }, [sent]);

  if (step.type !== 'survey') return null;
  const survey = step.survey;

  const close = sent ? () => view.onAction({ type: 'complete' }) : view.onClose;
  const submit = (event: Event) => {
    event.preventDefault();
    if (score === null) return;
    view.onSurveyAnswer?.({ kind: survey.kind, score, ...(comment.trim() ? { comment: comment.trim().slice(0, 2000) } : {}) });
    setSent(true);
  };

  return (
    <div
      ref={ref}
      class="wm-card wm-survey"
      role="dialog"
      aria-modal="false"
      aria-labelledby={ids.title}
      tabIndex={-1}
      data-wm-flow={view.flowId}
      data-wm-step={step.id}
      data-wm-kind="survey"
      aria-keyshortcuts={JUMP_SHORTCUT}
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <CloseButton onClose={close} label="Close survey" />
      {sent ? (
        <>
          <p class="wm-title" id={ids.title} role="status">{survey.thankYou ?? 'Thanks for your feedback!'}</p>
          <div class="wm-footer">
            <div class="wm-buttons">
              <button type="button" class="wm-btn wm-btn-primary" onClick={close}>Close</button>
            </div>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <p class="wm-title" id={ids.title}>{survey.question}</p>
          <RatingGroup values={surveyScale(survey.kind)} selected={score} onSelect={setScore} labelledBy={ids.title} />
          {survey.lowLabel || survey.highLabel ? (
            <div class="wm-rating-labels" aria-hidden="true"><span>{survey.lowLabel}</span><span>{survey.highLabel}</span></div>
          ) : null}
          {survey.followUp && score !== null ? (
            <label class="wm-followup">
              <span>{survey.followUp.question}</span>
              <textarea maxLength={2000} placeholder={survey.followUp.placeholder} value={comment} onInput={(e) => setComment((e.target as HTMLTextAreaElement).value)} />
            </label>
          ) : null}
          <div class="wm-footer">
            <div class="wm-buttons">
              <button type="submit" class="wm-btn wm-btn-primary" disabled={score === null}>Send</button>
            </div>
          </div>
        </form>
      )}
    </div>
  );
}
