import type { Survey } from '../../shared/schema/survey.ts';

/** The answer range of each survey kind: NPS 0–10, CSAT 1–5, CES 1–7. */
export function surveyScale(kind: Survey['kind']): number[] {
  const [from, to] = kind === 'nps' ? [0, 10] : kind === 'csat' ? [1, 5] : [1, 7];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
