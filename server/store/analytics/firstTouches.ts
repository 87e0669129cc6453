import type { EventEnvironment } from '../../../shared/schema/eventEnvironment.ts';
import type { SqlParams } from './SqlParams.ts';

/**
 * A subquery of each person's first touch of a kind (first_touches, migrations/010) with columns
 * person, key, variant, ts, event_id: identities resolved to people through identity_links, then the
 * earliest (ts, event id) per person and key, over one environment or all of them; with
 * `verifiedOnly`, of the identity-verified events only (kind `<kind>:verified`, factsFromEvents.ts).
 */
export function firstTouches(params: SqlParams, projectId: string, kind: 'exposure' | 'flow_started' | 'seen' | 'milestone' | 'milestone_other', { key, env, verifiedOnly }: { key?: string; env?: EventEnvironment | undefined; verifiedOnly?: boolean | undefined } = {}): string {
  const conditions = [`t.project_id = ${params.add(projectId)}`, `t.kind = ${params.add(verifiedOnly ? `${kind}:verified` : kind, 'text')}`];
  if (key !== undefined) conditions.push(`t.key = ${params.add(key, 'text')}`);
  if (env !== undefined) conditions.push(`t.env = ${params.add(env, 'text')}`);
  return `(select distinct on (person, key) person, key, variant, ts, event_id from (
    select case when t.user_id <> '' then t.user_id else coalesce(l.user_id, t.anonymous_id) end as person, t.key, t.variant, t.ts, t.event_id
    from first_touches t left join identity_links l on t.user_id = '' and l.project_id = t.project_id and l.anonymous_id = t.anonymous_id
    where ${conditions.join(' and ')}
  ) touches order by person, key, ts, event_id)`;
}
