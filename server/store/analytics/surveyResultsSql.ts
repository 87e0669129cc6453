import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { SURVEY_RANGE, surveyScores, type SurveyDistributions, type SurveyResults } from '../../../shared/analytics/surveyResults.ts';
import type { Queryable } from '../../db/Db.ts';
import { linkJoin, personOf } from './personOf.ts';
import { scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

export interface SurveyResultsSqlOptions {
  flowId?: string;
  stepId?: string;
  filter?: AnalyticsFilter;
  /** Keep only the latest this many comments (default 200); `commentsTotal` says how many there are. */
  commentLimit?: number;
  /**
   * Where the distributions come from: the answer counts (migrations/017_survey_answer_counts.sql)
   * when they can answer for the filter (the default), or the events always ('events': the bench's
   * and the parity tests' baseline).
   */
  source?: 'auto' | 'events';
}

/**
 * Whether the answer counts can answer for this filter: no date range, not verified-only, no
 * variant (they are kept per environment and flow version only).
 */
export const surveyCountsAnswer = (filter: AnalyticsFilter = {}): boolean =>
  filter.from === undefined && filter.to === undefined && !filter.verifiedOnly && filter.variant === undefined;

const KIND_RANGES = `(values ${Object.entries(SURVEY_RANGE).map(([kind, [low, high]]) => `('${kind}', ${low}, ${high})`).join(', ')}) as r(kind, low, high)`;

/**
 * shared/analytics/surveyResults in SQL: responses per kind and score, answers that are not a
 * valid kind and integer score in range counted as invalid, and the latest comments.
 */
export async function surveyResultsSql(db: Queryable, projectId: string, options: SurveyResultsSqlOptions = {}): Promise<SurveyResults & { commentsTotal: number }> {
  // '' is how the counts store "no flow" (or step): such a filter reads the events.
  if (options.source !== 'events' && surveyCountsAnswer(options.filter) && options.flowId !== '' && options.stepId !== '') return surveyResultsFromCounts(db, projectId, options);
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
  return { ...surveyScores(distributionsOf(counts ?? [])), comments: comments ?? [], commentsTotal, invalid };
}

function distributionsOf(counts: ReadonlyArray<{ kind: string; score: number; n: number }>): SurveyDistributions {
  const distributions: SurveyDistributions = {
    nps: new Array<number>(11).fill(0),
    csat: new Array<number>(5).fill(0),
    ces: new Array<number>(7).fill(0),
  };
  for (const { kind, score, n } of counts) {
    const k = kind as keyof SurveyDistributions;
    const i = score - SURVEY_RANGE[k][0];
    distributions[k][i] = distributions[k][i]! + n;
  }
  return distributions;
}

/**
 * The same from survey_answer_counts: the distributions, the invalid answers and the number of
 * comments summed over the filter's environments and flow versions (0, no version, and v for
 * version v), and the latest comments from the events, read backwards in time by the
 * events_survey_comments index until the limit is reached.
 */
async function surveyResultsFromCounts(db: Queryable, projectId: string, options: SurveyResultsSqlOptions): Promise<SurveyResults & { commentsTotal: number }> {
  const filter = options.filter ?? {};
  const params = new SqlParams();
  const conditions = [`c.project_id = ${params.add(projectId)}`];
  if (filter.env !== undefined) conditions.push(`c.env = ${params.add(filter.env, 'text')}`);
  if (filter.flowVersion !== undefined) conditions.push(`c.flow_version in (0, ${params.add(filter.flowVersion, 'integer')})`);
  if (options.flowId !== undefined) conditions.push(`c.flow_id = ${params.add(options.flowId, 'text')}`);
  if (options.stepId !== undefined) conditions.push(`c.step_id = ${params.add(options.stepId, 'text')}`);
  const { rows: counts } = await db.query<{ kind: string; score: number; n: number; commented: number }>(
    `select c.kind, c.score, sum(c.answers)::int as n, sum(c.commented)::int as commented
     from survey_answer_counts c where ${conditions.join(' and ')} group by 1, 2`,
    params.values,
  );
  const valid = counts.filter((c) => c.kind !== '');
  const invalid = counts.filter((c) => c.kind === '').reduce((s, c) => s + c.n, 0);
  const commentsTotal = valid.reduce((s, c) => s + c.commented, 0);
  const comments = commentsTotal === 0 ? [] : await latestComments(db, projectId, options, Math.min(commentsTotal, options.commentLimit ?? 200));
  return { ...surveyScores(distributionsOf(valid)), comments, commentsTotal, invalid };
}

const SCORE = `case when jsonb_typeof(e.props->'score') = 'number' then (e.props->>'score')::numeric end`;
/** A valid kind and an integer score in its range, as one expression on the row (so it filters the index scan). */
const VALID_ANSWER = `coalesce(case when jsonb_typeof(e.props->'kind') = 'string' then case e.props->>'kind' ${Object.entries(SURVEY_RANGE)
  .map(([kind, [low, high]]) => `when '${kind}' then ${SCORE} between ${low} and ${high}`)
  .join(' ')} end end and ${SCORE} = trunc(${SCORE}), false)`;

async function latestComments(db: Queryable, projectId: string, options: SurveyResultsSqlOptions, limit: number): Promise<SurveyResults['comments']> {
  const filter = options.filter ?? {};
  const params = new SqlParams();
  // On the events alone (no variant here, so no person is needed to narrow them), newest first by
  // events_survey_comments (its predicate spelled as it is), stopping at the limit; then the
  // person of just those. The answer must be valid and the comment not blank, as in the counts.
  const where = [
    `e.project_id = ${params.add(projectId)}`,
    `e.type = 'survey_answered'`,
    `jsonb_typeof(e.props->'comment') = 'string'`,
    `e.props->>'comment' ~ '[^[:space:]]'`,
    VALID_ANSWER,
  ];
  if (filter.env !== undefined) where.push(`e.env = ${params.add(filter.env, 'text')}`);
  if (filter.flowVersion !== undefined) where.push(`(e.flow_version is null or e.flow_version = ${params.add(filter.flowVersion, 'integer')})`);
  if (options.flowId !== undefined) where.push(`e.flow_id = ${params.add(options.flowId, 'text')}`);
  if (options.stepId !== undefined) where.push(`e.step_id = ${params.add(options.stepId, 'text')}`);
  const { rows } = await db.query<{ comments: SurveyResults['comments'] | null }>(
    `select jsonb_agg(jsonb_build_object('user', ${personOf('e')}, 'kind', k.kind, 'score', k.score, 'comment', e.props->>'comment', 'ts', e.ts) order by e.ts, e.id) as comments
     from (
       select e.id, e.project_id, e.ts, e.user_id, e.anonymous_id, e.props from events e
       where ${where.join(' and ')}
       order by e.ts desc, e.id desc limit ${params.add(limit, 'integer')}
     ) e
     ${linkJoin('e')}
     cross join lateral survey_answer_key(e.props) k`,
    params.values,
  );
  return rows[0]!.comments ?? [];
}
