import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { Queryable } from '../../db/Db.ts';
import { flowFactsAnswer, scopedFlowEvents, type EventScope } from './scopedFlowFacts.ts';
import { SqlParams } from './SqlParams.ts';

/**
 * Whether the flow counts (migrations/016_flow_touch_counts.sql) can answer for this filter: the
 * flow facts can (no date range, not verified-only) and no variant narrows the people (the counts
 * are kept per environment and flow version only). Reports given another scope than the default
 * (the bench's baselines) read rows as before.
 */
export const flowCountsAnswer = (filter: AnalyticsFilter = {}, scope: EventScope = scopedFlowEvents): boolean => scope === scopedFlowEvents && flowFactsAnswer(filter) && filter.variant === undefined;

/** The counts' scope for the filter: one environment or all ('*'); any version (-1), or people with a touch at v or without a version (0 and v, disjoint). */
function scopeConditions(params: SqlParams, projectId: string, filter: AnalyticsFilter, alias: string): string[] {
  return [
    `${alias}.project_id = ${params.add(projectId)}`,
    `${alias}.env = ${params.add(filter.env ?? '*', 'text')}`,
    filter.flowVersion === undefined ? `${alias}.flow_version = -1` : `${alias}.flow_version in (0, ${params.add(filter.flowVersion, 'integer')})`,
  ];
}

export interface FlowCount {
  flowId: string;
  measure: string;
  stepId: string;
  item: string;
  people: number;
}

/** Distinct people per flow, measure, step and item under the filter (counts of zero left out). */
export async function flowCounts(db: Queryable, projectId: string, filter: AnalyticsFilter, measures: readonly string[], flowId?: string): Promise<FlowCount[]> {
  const params = new SqlParams();
  const conditions = [...scopeConditions(params, projectId, filter, 'c'), `c.measure in (select jsonb_array_elements_text(${params.add(JSON.stringify(measures), 'jsonb')}))`];
  if (flowId !== undefined) conditions.push(`c.flow_id = ${params.add(flowId, 'text')}`);
  const { rows } = await db.query<FlowCount>(
    `select c.flow_id as "flowId", c.measure, c.step_id as "stepId", c.item, sum(c.people)::bigint as people
     from flow_touch_counts c where ${conditions.join(' and ')}
     group by c.flow_id, c.measure, c.step_id, c.item having sum(c.people) > 0
     order by c.flow_id`,
    params.values,
  );
  return rows;
}

export interface FlowFirst {
  /** The step id or item. */
  id: string;
  /** The lowest step index shown, if any. */
  idx: number | null;
  /** The first touch, as timeOrderKey orders events. */
  first: string;
}

/** Per step (or item) of a flow, over its touches of these types in the filter's environment and flow version: the lowest index and the first touch. */
export async function flowFirsts(db: Queryable, projectId: string, flowId: string, filter: AnalyticsFilter, types: readonly string[], by: 'step_id' | 'item'): Promise<FlowFirst[]> {
  const params = new SqlParams();
  const conditions = [`f.project_id = ${params.add(projectId)}`, `f.flow_id = ${params.add(flowId, 'text')}`, `f.type in (select jsonb_array_elements_text(${params.add(JSON.stringify(types), 'jsonb')}))`, `f.${by} <> ''`];
  if (filter.env !== undefined) conditions.push(`f.env = ${params.add(filter.env, 'text')}`);
  if (filter.flowVersion !== undefined) conditions.push(`f.flow_version in (0, ${params.add(filter.flowVersion, 'integer')})`);
  const { rows } = await db.query<FlowFirst>(
    `select f.${by} as id, min(f.min_index) as idx, min((lpad(f.ts::text, 20, '0') || f.event_id::text) collate "C") as first
     from flow_touch_firsts f where ${conditions.join(' and ')} group by f.${by}`,
    params.values,
  );
  return rows;
}

/** Known ids first, then the others by lowest index (none last), ties by first touch: shared/analytics/stepOrder, and the checklist's item order (no index). */
export function orderBy(known: readonly string[], rows: ReadonlyArray<{ id: string; idx: number | null; first: string }>): string[] {
  const rest = rows.filter((r) => !known.includes(r.id));
  rest.sort((a, b) => (a.idx ?? Number.MAX_SAFE_INTEGER) - (b.idx ?? Number.MAX_SAFE_INTEGER) || (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return [...known, ...rest.map((r) => r.id)];
}
