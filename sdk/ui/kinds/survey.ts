/** Surveys: `waymark.survey.js` in the split builds. */
import type { Renderers } from '../Renderers.ts';
import { surveyStyles } from './surveyStyles.ts';
import { SurveyView } from '../SurveyView.tsx';

export const renderers: Renderers = { SurveyView };
export const styles = surveyStyles;
