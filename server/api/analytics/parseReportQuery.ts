import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { Id } from '../../../shared/schema/primitives.ts';
import type { Environment } from '../../store/releases.ts';
import { ApiError } from '../ApiError.ts';
import { parseEnvironment, parseIntegerParam } from '../payloads.ts';

/** The query every analytics report takes (docs/server-api.md, Analytics). */
export interface ReportQuery {
  filter: AnalyticsFilter;
  /** The environment whose events are counted (also `filter.env`), and whose published bundle defines the report (steps, goals, milestones, experiments). */
  env: Environment;
  /** A release to use instead of the environment's; it also narrows flow events to that release's flow versions. */
  release?: number;
}

type Query = (name: string) => string | undefined;

/** An id from the query string (experiment, variant, flowId, …), or a 400 naming it. */
export function parseIdParam(value: string | undefined, path: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!Id.safeParse(value).success) throw new ApiError(400, 'invalid_query', `${path}: must be 1–80 characters of letters, digits, _ . : - and start with a letter or digit`, { path });
  return value;
}

export function parseReportQuery(query: Query): ReportQuery {
  const time = { min: 0, max: Number.MAX_SAFE_INTEGER, fallback: -1 };
  const from = parseIntegerParam(query('from'), 'from', time);
  const to = parseIntegerParam(query('to'), 'to', time);
  if (from >= 0 && to >= 0 && to <= from) throw new ApiError(400, 'invalid_query', 'to: must be after from', { path: 'to' });
  const flowVersion = parseIntegerParam(query('flowVersion'), 'flowVersion', { min: 1, max: 2 ** 31 - 1, fallback: 0 });
  const release = parseIntegerParam(query('release'), 'release', { min: 1, max: 2 ** 31 - 1, fallback: 0 });
  const experimentId = parseIdParam(query('experiment'), 'experiment');
  const variant = parseIdParam(query('variant'), 'variant');
  if ((experimentId === undefined) !== (variant === undefined)) {
    const missing = experimentId === undefined ? 'experiment' : 'variant';
    throw new ApiError(400, 'invalid_query', `${missing}: required with ${missing === 'experiment' ? 'variant' : 'experiment'} (a variant belongs to an experiment)`, { path: missing });
  }
  const env = parseEnvironment(query('env'));
  const verified = query('verified') ?? 'all';
  if (verified !== 'all' && verified !== 'only') throw new ApiError(400, 'invalid_query', 'verified: must be "only" (events of users proven by their identity hash) or "all"', { path: 'verified' });
  const filter: AnalyticsFilter = { env };
  if (verified === 'only') filter.verifiedOnly = true;
  if (from >= 0) filter.from = from;
  if (to >= 0) filter.to = to;
  if (flowVersion > 0) filter.flowVersion = flowVersion;
  if (experimentId !== undefined && variant !== undefined) filter.variant = { experimentId, variant };
  return { filter, env, ...(release > 0 ? { release } : {}) };
}
