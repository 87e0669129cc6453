import type { EventEnvelope } from '../schema/event.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';

export interface NpsResult {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** % promoters (9–10) − % detractors (0–6), from −100 to 100. */
  score: number;
  /** Responses per score, index 0–10. */
  distribution: number[];
}

export interface ScaleResult {
  responses: number;
  mean: number;
  /** Responses per score, index 0 = the lowest score (1). */
  distribution: number[];
}

export interface SurveyResults {
  nps: NpsResult | null;
  /** CSAT (1–5); `satisfied` is the share answering 4 or 5. */
  csat: (ScaleResult & { satisfied: number }) | null;
  /** Customer effort score (1–7). */
  ces: ScaleResult | null;
  comments: { user: string; kind: 'nps' | 'csat' | 'ces'; score: number; comment: string; ts: number }[];
  /** Answers ignored because their kind or score was not valid. */
  invalid: number;
}

export interface SurveyResultsOptions {
  /** Only answers to this flow (and step). Default: every survey. */
  flowId?: string;
  stepId?: string;
  filter?: AnalyticsFilter;
}

/** Valid scores per survey kind, lowest and highest. */
export const SURVEY_RANGE = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
const RANGE = SURVEY_RANGE;
type Kind = keyof typeof RANGE;

/** NPS, CSAT and CES results from `survey_answered` events ({kind, score, comment?}); every answer counts. */
export function surveyResults(events: readonly EventEnvelope[], options: SurveyResultsOptions = {}): SurveyResults {
  const distributions: Record<Kind, number[]> = {
    nps: new Array<number>(11).fill(0),
    csat: new Array<number>(5).fill(0),
    ces: new Array<number>(7).fill(0),
  };
  const comments: SurveyResults['comments'] = [];
  let invalid = 0;
  for (const e of selectEvents(events, options.filter)) {
    if (e.type !== 'survey_answered') continue;
    if ((options.flowId !== undefined && e.flowId !== options.flowId) || (options.stepId !== undefined && e.stepId !== options.stepId)) continue;
    const { kind, score, comment } = e.props;
    if (typeof kind !== 'string' || !Object.hasOwn(RANGE, kind) || typeof score !== 'number' || !Number.isInteger(score)) {
      invalid++;
      continue;
    }
    const [low, high] = RANGE[kind as Kind];
    if (score < low || score > high) {
      invalid++;
      continue;
    }
    distributions[kind as Kind][score - low]!++;
    if (typeof comment === 'string' && comment.trim() !== '') comments.push({ user: e.user, kind: kind as Kind, score, comment, ts: e.ts });
  }
  return { ...surveyScores(distributions), comments, invalid };
}

/** Responses per score for each kind: NPS index 0–10, CSAT index 0–4 (score 1–5), CES index 0–6 (score 1–7). */
export type SurveyDistributions = Record<Kind, number[]>;

/** NPS, CSAT and CES from response counts per score (the server counts them in SQL). */
export function surveyScores(distributions: SurveyDistributions): Pick<SurveyResults, 'nps' | 'csat' | 'ces'> {
  return { nps: nps(distributions.nps), csat: csat(distributions.csat), ces: scale(distributions.ces, 1) };
}

function nps(distribution: number[]): NpsResult | null {
  const responses = sum(distribution);
  if (responses === 0) return null;
  const detractors = sum(distribution.slice(0, 7));
  const passives = sum(distribution.slice(7, 9));
  const promoters = sum(distribution.slice(9));
  return { responses, promoters, passives, detractors, score: (100 * (promoters - detractors)) / responses, distribution };
}

function csat(distribution: number[]): (ScaleResult & { satisfied: number }) | null {
  const result = scale(distribution, 1);
  return result && { ...result, satisfied: sum(distribution.slice(3)) / result.responses };
}

function scale(distribution: number[], lowest: number): ScaleResult | null {
  const responses = sum(distribution);
  if (responses === 0) return null;
  const total = distribution.reduce((s, n, i) => s + n * (i + lowest), 0);
  return { responses, mean: total / responses, distribution };
}

const sum = (values: readonly number[]) => values.reduce((s, n) => s + n, 0);
