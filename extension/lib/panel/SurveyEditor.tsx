import type { Survey } from '../../../shared/schema/survey.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';

const KINDS = [['nps', 'NPS (0–10)'], ['csat', 'CSAT (1–5)'], ['ces', 'CES (1–7)']] as const;

const QUESTIONS: Record<Survey['kind'], Pick<Survey, 'question' | 'lowLabel' | 'highLabel'>> = {
  nps: { question: 'How likely are you to recommend us to a friend or colleague?', lowLabel: 'Not likely', highLabel: 'Very likely' },
  csat: { question: 'How satisfied are you with this feature?', lowLabel: 'Very unsatisfied', highLabel: 'Very satisfied' },
  ces: { question: 'How easy was it to get this done?', lowLabel: 'Very difficult', highLabel: 'Very easy' },
};

/** NPS / CSAT / CES question, scale labels, optional follow-up and thank-you text. */
export function SurveyEditor({ survey, onCommit }: { survey: Survey; onCommit: (survey: Survey, note: string) => void }) {
  const set = (changes: Partial<Survey>, note: string) => onCommit({ ...survey, ...changes }, note);
  return (
    <div class="survey-editor">
      <SelectField label="Survey type" value={survey.kind} options={KINDS} onCommit={(kind) => set({ kind, ...QUESTIONS[kind] }, 'Survey type')} />
      <TextField label="Question" value={survey.question} onCommit={(question) => set({ question }, 'Survey question')} />
      <div class="row">
        <TextField label="Low label" value={survey.lowLabel} onCommit={(lowLabel) => set({ lowLabel: lowLabel || undefined }, 'Survey label')} />
        <TextField label="High label" value={survey.highLabel} onCommit={(highLabel) => set({ highLabel: highLabel || undefined }, 'Survey label')} />
      </div>
      <CheckboxField
        label="Ask a follow-up question"
        checked={survey.followUp !== undefined}
        onCommit={(on) => set({ followUp: on ? { question: 'What is the main reason for your score?' } : undefined }, 'Survey follow-up')}
      />
      {survey.followUp ? (
        <div class="row">
          <TextField label="Follow-up question" value={survey.followUp.question} onCommit={(question) => set({ followUp: { ...survey.followUp, question } }, 'Survey follow-up')} />
          <TextField label="Follow-up placeholder" value={survey.followUp.placeholder} onCommit={(placeholder) => {
            const followUp = { question: survey.followUp!.question, ...(placeholder ? { placeholder } : {}) };
            set({ followUp }, 'Survey follow-up placeholder');
          }} />
        </div>
      ) : null}
      <TextField label="Thank-you message" value={survey.thankYou} onCommit={(thankYou) => set({ thankYou: thankYou || undefined }, 'Survey thank-you')} />
    </div>
  );
}
