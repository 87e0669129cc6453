import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import { firstExposures, scopedEvents } from './scopedEvents.ts';
import type { SqlParams } from './SqlParams.ts';

/**
 * Whether flow_touches can answer for this filter. It holds each identity's first event per flow,
 * type, step, item, version and environment over all time: enough for "who did this" and "what
 * came first", not for a date range (someone's first event may fall before `from` and a later
 * one inside it), nor for a verified-only report (flow_touches does not tell verified events
 * apart), which the events answer instead.
 */
export const flowFactsAnswer = (filter: AnalyticsFilter = {}): boolean => filter.from === undefined && filter.to === undefined && !filter.verifiedOnly;

/**
 * The flow reports' scope, in the shape of scopedEvents (same columns, `where` on `e`): from
 * flow_touches when the filter allows (one row per identity and key; props carries `item` and the
 * lowest `index`), else from the events. Valid for reports that count distinct people and take
 * firsts and minimums over flow_started, step_shown, anchor_missing, checklist_item_completed,
 * flow_completed and flow_dismissed; not for counting events.
 */
export function scopedFlowEvents(params: SqlParams, projectId: string, filter: AnalyticsFilter = {}, where: string[] = []): string {
  if (!flowFactsAnswer(filter)) return scopedEvents(params, projectId, filter, where);
  const conditions = [`t.project_id = ${params.add(projectId)}`];
  if (filter.env !== undefined) conditions.push(`t.env = ${params.add(filter.env, 'text')}`);
  if (filter.flowVersion !== undefined) conditions.push(`t.flow_version in (0, ${params.add(filter.flowVersion, 'integer')})`);
  const outer = [...where];
  if (filter.variant) {
    outer.push(`e.person in (select f.person from ${firstExposures(params, projectId, filter.variant.experimentId, filter.env)} f where f.variant = ${params.add(filter.variant.variant, 'text')})`);
  }
  return `(select * from (
    select t.event_id as id, t.type, t.ts, t.flow_id, nullif(t.flow_version, 0) as flow_version, nullif(t.step_id, '') as step_id,
      null::text as experiment_id, null::text as variant,
      jsonb_strip_nulls(jsonb_build_object('item', nullif(t.item, ''), 'index', t.min_index)) as props,
      t.person
    from person_flow_touches t
    where ${conditions.join(' and ')}
  ) e where ${outer.length ? outer.join(' and ') : 'true'})`;
}

/** Which rows a flow report reads: the flow facts (the server's default) or, for the bench's baseline, the raw events. */
export type EventScope = typeof scopedFlowEvents;

/** scopedFlowEvents without the flow counts: the reports read a row per person and key (the bench's before). */
export const flowTouchRows: EventScope = (params, projectId, filter, where) => scopedFlowEvents(params, projectId, filter, where);
