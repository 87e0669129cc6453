import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { SURVEY_RANGE, surveyScores, type SurveyDistributions, type SurveyResults } from '../../../shared/analytics/surveyResults.ts';
import type { Queryable } from '../../../server/db/Db.ts';
import { scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

export interface SurveyResultsSqlOptions {
  flowId?: string;
  stepId?: string;
  filter?: AnalyticsFilter;
  /** Keep only the latest this many comments (default 200); `commentsTotal` says how many there are. */
  commentLimit?: number;
}

const KIND_RANGES = `(values ${Object.entries(SURVEY_RANGE).map(([kind, [low, high]]) => `('${kind}', ${low}, ${high})`).join(', ')}) as r(kind, low, high)`;

/**
 * shared/analytics/surveyResults in SQL: responses per kind and score, answers that are not a
 * valid kind and integer score in range counted as invalid, and the latest comments.
 */
export async function surveyResultsSql(db: Queryable, projectId: string, options: SurveyResultsSqlOptions = {}): Promise<SurveyResults & { commentsTotal: number }> {
  const params = new SqlParams();
  const where = [`e.type = 'survey_answered'`];
  if (options.flowId !== undefined) where.push(`e.flow_id = ${params.add(options.flowId, 'text')}`);
  if (options.stepId !== undefined) where.push(`e.step_id = ${params.add(options.stepId, 'text')}`);
  const scoped = scopedEvents(params, projectId, options.filter, where);
  const limit = params.add(options.commentLimit ?? 200, 'integer');
  const { rows } = await db.query<{ counts: Array<{ kind: string; score: number; n: number }> | null; invalid: number; comments: SurveyResults['comments'] | null; comments_total: number }>(
    `with raw as (
       select s.*, case when jsonb_typeof(s.props->'kind') = 'string' then s.props->>'kind' end as kind_text,
         case when jsonb_typeof(s.props->'score') = 'number' then (s.props->>'score')::numeric end as score_number
       from ${scoped} s
     ),
     answers as materialized (
       select raw.*, r.kind as valid_kind, case when r.kind is not null then raw.score_number::int end as valid_score from raw
       left join ${KIND_RANGES} on r.kind = raw.kind_text and raw.score_number = trunc(raw.score_number) and raw.score_number between r.low and r.high
     ),
     commented as (
       select * from answers where valid_kind is not null and jsonb_typeof(props->'comment') = 'string' and props->>'comment' ~ '[^[:space:]]'
     )
     select
       (select jsonb_agg(jsonb_build_object('kind', valid_kind, 'score', valid_score, 'n', n)) from (
          select valid_kind, valid_score, count(*) as n from answers where valid_kind is not null group by 1, 2) c) as counts,
       (select count(*) from answers where valid_kind is null) as invalid,
       (select count(*) from commented) as comments_total,
       (select jsonb_agg(jsonb_build_object('user', person, 'kind', valid_kind, 'score', valid_score, 'comment', props->>'comment', 'ts', ts) order by ts, id) from (
          select * from commented order by ts desc, id desc limit ${limit}) latest) as comments`,
    params.values,
  );
  const { counts, invalid, comments, comments_total: commentsTotal } = rows[0]!;
  const distributions: SurveyDistributions = {
    nps: new Array<number>(11).fill(0),
    csat: new Array<number>(5).fill(0),
    ces: new Array<number>(7).fill(0),
  };
  for (const { kind, score, n } of counts ?? []) {
    const k = kind as keyof SurveyDistributions;
    distributions[k][score - SURVEY_RANGE[k][0]] = n;
  }
  return { ...surveyScores(distributions), comments: comments ?? [], commentsTotal, invalid };
}
