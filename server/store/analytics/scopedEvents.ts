import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { EventEnvironment } from '../../../shared/schema/eventEnvironment.ts';
import { firstTouches } from './firstTouches.ts';
import { linkJoin, personOf } from './personOf.ts';
import type { SqlParams } from './SqlParams.ts';

/** The columns a scoped-events subquery has. */
const COLUMNS = 'e.id, e.type, e.ts, e.flow_id, e.flow_version, e.step_id, e.experiment_id, e.variant, e.props';

/**
 * A subquery of the project's events a report counts, each with its `person`, narrowed like
 * shared/analytics/selectEvents: environment, date range and flow version on the events
 * themselves, variant by each person's first exposure in that experiment in the environment
 * (over all time, from first_touches). People are resolved across environments through
 * identity_links, as in selectEvents. `where` adds conditions on `e` (the event types and flow a
 * report needs), so Postgres can use the indexes. Events are unique by id already (the primary
 * key deduplicates at ingest).
 */
export function scopedEvents(params: SqlParams, projectId: string, filter: AnalyticsFilter = {}, where: string[] = []): string {
  const conditions = [`e.project_id = ${params.add(projectId)}`, ...where];
  if (filter.env !== undefined) conditions.push(`e.env = ${params.add(filter.env, 'text')}`);
  if (filter.from !== undefined) conditions.push(`e.ts >= ${params.add(filter.from, 'bigint')}`);
  if (filter.to !== undefined) conditions.push(`e.ts < ${params.add(filter.to, 'bigint')}`);
  if (filter.verifiedOnly) conditions.push('e.user_verified');
  if (filter.flowVersion !== undefined) conditions.push(`(e.flow_version is null or e.flow_version = ${params.add(filter.flowVersion, 'integer')})`);
  if (filter.variant) {
    conditions.push(`${personOf('e')} in (select f.person from ${firstExposures(params, projectId, filter.variant.experimentId, filter.env, filter.verifiedOnly)} f where f.variant = ${params.add(filter.variant.variant, 'text')})`);
  }
  return `(select ${COLUMNS}, ${personOf('e')} as person from events e ${linkJoin('e')} where ${conditions.join(' and ')})`;
}

/** A subquery of each person's first exposure in the experiment (in `env` if given; among verified events only if `verifiedOnly`): columns person, variant, ts. */
export function firstExposures(params: SqlParams, projectId: string, experimentId: string, env?: EventEnvironment, verifiedOnly = false): string {
  return firstTouches(params, projectId, 'exposure', { key: experimentId, env, verifiedOnly });
}

/** `props->'<key>'` equals the string exactly (a number prop never matches), as `===` in the pure functions. */
export function propIs(params: SqlParams, key: string, value: string, alias = 'e'): string {
  return `${alias}.props->'${key}' = to_jsonb(${params.add(value, 'text')})`;
}

/** A sortable text key of the event's position in time order (ts, then id), for "first seen" ordering. */
export function timeOrderKey(alias = 'e'): string {
  return `(lpad(${alias}.ts::text, 20, '0') || ${alias}.id::text) collate "C"`;
}
