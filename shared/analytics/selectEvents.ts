import { DEFAULT_ENVIRONMENT } from '../schema/eventEnvironment.ts';
import type { AnalyticsEvent } from './AnalyticsEvent.ts';
import type { AnalyticsFilter } from './AnalyticsFilter.ts';
import type { UserEvent } from './UserEvent.ts';

/**
 * The events a report counts: each id once (delivery is at-least-once), in time order, each
 * tagged with its user, then narrowed by the filter. A user is the user id, or for events
 * sent before `identify()` the user id that anonymous id was later linked to (the first, if a
 * device was shared), or else the anonymous id. Identities link across environments; the
 * environment filter applies before the first exposure a variant filter looks at.
 */
export function selectEvents(events: readonly AnalyticsEvent[], filter: AnalyticsFilter = {}): UserEvent[] {
  const seen = new Set<string>();
  const unique: AnalyticsEvent[] = [];
  for (const event of events) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    unique.push(event);
  }
  unique.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const linked = new Map<string, string>();
  for (const event of unique) if (event.userId && !linked.has(event.anonymousId)) linked.set(event.anonymousId, event.userId);
  let tagged: UserEvent[] = unique.map((event) => ({ ...event, user: event.userId ?? linked.get(event.anonymousId) ?? event.anonymousId }));
  if (filter.env !== undefined) tagged = tagged.filter((event) => (event.env ?? DEFAULT_ENVIRONMENT) === filter.env);
  if (filter.verifiedOnly) tagged = tagged.filter((event) => event.verified === true);

  if (filter.variant) {
    const { experimentId, variant } = filter.variant;
    const firstVariant = new Map<string, string | undefined>();
    for (const event of tagged) {
      if (event.type === 'experiment_exposure' && event.experimentId === experimentId && !firstVariant.has(event.user)) {
        firstVariant.set(event.user, event.variant);
      }
    }
    tagged = tagged.filter((event) => firstVariant.get(event.user) === variant);
  }
  const { from, to, flowVersion } = filter;
  return tagged.filter(
    (event) =>
      (from === undefined || event.ts >= from) &&
      (to === undefined || event.ts < to) &&
      (flowVersion === undefined || event.flowVersion === undefined || event.flowVersion === flowVersion),
  );
}
