import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import { selectEvents } from './selectEvents.ts';
import type { UserEvent } from './UserEvent.ts';

export interface ResourceCenterUsage {
  /** Times the resource center was opened, and by how many people. */
  opens: number;
  openers: number;
  searches: number;
  noResultSearches: number;
  /** Searches that found nothing, by query, most asked first (then by query): what the help is missing. */
  noResultQueries: Array<{ query: string; searches: number; people: number }>;
  /** Clicks per item (help articles, tours, announcements), most clicked first. */
  items: Array<{ section: string; item: string; kind: string; clicks: number; people: number }>;
  /** Tours started again from the resource center, most replayed first. */
  toursReplayed: Array<{ tour: string; replays: number; people: number }>;
  contacts: number;
}

export interface ResourceCenterUsageOptions {
  filter?: AnalyticsFilter;
  /** Longest lists returned (default 20 queries, 50 items and tours). */
  limit?: number;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Code-point order (what Postgres sorts `collate "C"` text in). */
function compareText(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Counts and distinct people per key (a tuple of texts), most first, then by the key's texts in order. */
function ranked(events: readonly UserEvent[], keyOf: (e: UserEvent) => string[] | undefined, limit: number): Array<{ key: string[]; count: number; people: number }> {
  const byKey = new Map<string, { key: string[]; count: number; people: Set<string> }>();
  for (const event of events) {
    const key = keyOf(event);
    if (key === undefined) continue;
    const id = JSON.stringify(key);
    const entry = byKey.get(id) ?? { key, count: 0, people: new Set<string>() };
    entry.count++;
    entry.people.add(event.user);
    byKey.set(id, entry);
  }
  const byText = (a: string[], b: string[]) => a.reduce((d, part, i) => d || compareText(part, b[i]!), 0);
  return [...byKey.values()]
    .map(({ key, count, people }) => ({ key, count, people: people.size }))
    .sort((a, b) => b.count - a.count || byText(a.key, b.key))
    .slice(0, limit);
}

/** How the resource center is used: opens, searches (and those with no result), item clicks, tours replayed, contacts. */
export function resourceCenterUsage(events: readonly AnalyticsEvent[], options: ResourceCenterUsageOptions = {}): ResourceCenterUsage {
  const selected = selectEvents(events, options.filter);
  const of = (type: string) => selected.filter((e) => e.type === type);
  const limit = options.limit ?? 20;
  const opened = of('resource_center_opened');
  const searched = of('resource_center_searched').filter((e) => text(e.props['query']) !== undefined && typeof e.props['results'] === 'number');
  const empty = searched.filter((e) => e.props['results'] === 0);
  const clicked = of('resource_center_item_clicked').filter((e) => text(e.props['item']) !== undefined);
  const one = (value: unknown) => (typeof value === 'string' ? [value] : undefined);
  return {
    opens: opened.length,
    openers: new Set(opened.map((e) => e.user)).size,
    searches: searched.length,
    noResultSearches: empty.length,
    noResultQueries: ranked(empty, (e) => one(e.props['query']), limit).map(({ key: [query], count, people }) => ({ query: query!, searches: count, people })),
    items: ranked(clicked, (e) => [text(e.props['section']) ?? '', e.props['item'] as string, text(e.props['kind']) ?? ''], Math.max(limit, 50))
      .map(({ key: [section, item, kind], count, people }) => ({ section: section!, item: item!, kind: kind!, clicks: count, people })),
    toursReplayed: ranked(of('resource_center_tour_replayed'), (e) => one(e.props['tour']), Math.max(limit, 50)).map(({ key: [tour], count, people }) => ({ tour: tour!, replays: count, people })),
    contacts: of('resource_center_contact').length,
  };
}
