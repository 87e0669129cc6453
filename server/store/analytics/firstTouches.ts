import type { EventEnvironment } from '../../../shared/schema/eventEnvironment.ts';
import type { SqlParams } from './SqlParams.ts';

/**
 * A subquery of each person's first touch of a kind (person_firsts, migrations/015) with columns
 * person, key, variant, ts, event_id: one row per person and key in one environment (the earliest
 * over all of them without `env`); with `verifiedOnly`, of the identity-verified events only
 * (kind `<kind>:verified`, factsFromEvents.ts).
 */
export function firstTouches(params: SqlParams, projectId: string, kind: 'exposure' | 'flow_started' | 'seen' | 'milestone' | 'milestone_other', { key, env, verifiedOnly }: { key?: string; env?: EventEnvironment | undefined; verifiedOnly?: boolean | undefined } = {}): string {
  const conditions = [`t.project_id = ${params.add(projectId)}`, `t.kind = ${params.add(verifiedOnly ? `${kind}:verified` : kind, 'text')}`];
  if (key !== undefined) conditions.push(`t.key = ${params.add(key, 'text')}`);
  if (env !== undefined) {
    conditions.push(`t.env = ${params.add(env, 'text')}`);
    return `(select t.person, t.key, t.variant, t.ts, t.event_id from person_firsts t where ${conditions.join(' and ')})`;
  }
  return `(select distinct on (t.person, t.key) t.person, t.key, t.variant, t.ts, t.event_id from person_firsts t
    where ${conditions.join(' and ')} order by t.person, t.key, t.ts, t.event_id)`;
}
