import type { AnalyticsFilter } from '../../../shared/analytics/AnalyticsFilter.ts';
import type { ResourceCenterUsage } from '../../../shared/analytics/resourceCenterUsage.ts';
import type { Queryable } from '../../db/Db.ts';
import { scopedEvents } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

const isText = (key: string) => `jsonb_typeof(s.props->'${key}') = 'string'`;
const textOr = (key: string) => `case when ${isText(key)} then s.props->>'${key}' else '' end`;

/** shared/analytics/resourceCenterUsage in SQL: opens, searches and those with no result by query, item clicks, tours replayed, contacts. */
export async function resourceCenterUsageSql(db: Queryable, projectId: string, options: { filter?: AnalyticsFilter; limit?: number } = {}): Promise<ResourceCenterUsage> {
  const params = new SqlParams();
  const scoped = scopedEvents(params, projectId, options.filter, [
    `e.type in ('resource_center_opened', 'resource_center_searched', 'resource_center_item_clicked', 'resource_center_tour_replayed', 'resource_center_contact')`,
  ]);
  const limit = params.add(options.limit ?? 20, 'integer');
  const longLimit = params.add(Math.max(options.limit ?? 20, 50), 'integer');
  const { rows } = await db.query<{
    opens: number; openers: number; searches: number; no_result: number; contacts: number;
    queries: ResourceCenterUsage['noResultQueries'] | null; items: ResourceCenterUsage['items'] | null; tours: ResourceCenterUsage['toursReplayed'] | null;
  }>(
    `with s as materialized ${scoped},
     searched as (
       select * from s where s.type = 'resource_center_searched' and ${isText('query')} and jsonb_typeof(s.props->'results') = 'number'
     ),
     empty as (select * from searched s where (s.props->>'results')::numeric = 0)
     select
       (select count(*) from s where type = 'resource_center_opened') as opens,
       (select count(distinct person) from s where type = 'resource_center_opened') as openers,
       (select count(*) from searched) as searches,
       (select count(*) from empty) as no_result,
       (select count(*) from s where type = 'resource_center_contact') as contacts,
       (select jsonb_agg(jsonb_build_object('query', query, 'searches', n, 'people', people) order by n desc, query collate "C") from (
          select * from (select s.props->>'query' as query, count(*) as n, count(distinct s.person) as people from empty s group by 1) g
          order by n desc, query collate "C" limit ${limit}) q) as queries,
       (select jsonb_agg(jsonb_build_object('section', section, 'item', item, 'kind', kind, 'clicks', n, 'people', people) order by n desc, section collate "C", item collate "C", kind collate "C") from (
          select * from (select ${textOr('section')} as section, s.props->>'item' as item, ${textOr('kind')} as kind, count(*) as n, count(distinct s.person) as people
          from s where s.type = 'resource_center_item_clicked' and ${isText('item')} group by 1, 2, 3) g
          order by n desc, section collate "C", item collate "C", kind collate "C" limit ${longLimit}) i) as items,
       (select jsonb_agg(jsonb_build_object('tour', tour, 'replays', n, 'people', people) order by n desc, tour collate "C") from (
          select * from (select s.props->>'tour' as tour, count(*) as n, count(distinct s.person) as people
          from s where s.type = 'resource_center_tour_replayed' and ${isText('tour')} group by 1) g
          order by n desc, tour collate "C" limit ${longLimit}) t) as tours`,
    params.values,
  );
  const r = rows[0]!;
  return {
    opens: r.opens,
    openers: r.openers,
    searches: r.searches,
    noResultSearches: r.no_result,
    noResultQueries: r.queries ?? [],
    items: r.items ?? [],
    toursReplayed: r.tours ?? [],
    contacts: r.contacts,
  };
}
