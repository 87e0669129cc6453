import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { firstTouches } from './firstTouches.ts';
import { firstExposures } from './scopedEvents.ts';
import type { SqlParams } from './SqlParams.ts';

/**
 * Whether first_touches' milestone and first-seen rows can answer for this filter: they are
 * firsts over all time, so neither a date range nor a flow version (which leaves out some events
 * of a person, maybe their first) may narrow the events.
 */
export const milestoneFactsAnswer = (filter: AnalyticsFilter = {}): boolean => filter.from === undefined && filter.to === undefined && filter.flowVersion === undefined;

/**
 * Each person's first touch of the kind (and key) in the filter's environment, first exposed to
 * the filter's variant if it has one: columns person, key, ts (one row per person and key).
 */
export function scopedFirstTouches(params: SqlParams, projectId: string, kind: 'seen' | 'milestone' | 'milestone_other', filter: AnalyticsFilter, key?: string): string {
  const touches = firstTouches(params, projectId, kind, { env: filter.env, verifiedOnly: filter.verifiedOnly, ...(key !== undefined ? { key } : {}) });
  if (!filter.variant) return touches;
  const exposed = firstExposures(params, projectId, filter.variant.experimentId, filter.env, filter.verifiedOnly);
  return `(select t.* from ${touches} t where t.person in (select f.person from ${exposed} f where f.variant = ${params.add(filter.variant.variant, 'text')}))`;
}
