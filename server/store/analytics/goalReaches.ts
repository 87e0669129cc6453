import type { EventEnvironment } from '../../../shared/schema/eventEnvironment.ts';
import { linkJoin, personOf } from './personOf.ts';
import { propIs } from './scopedEvents.ts';
import type { SqlParams } from './SqlParams.ts';

/** A subquery of every time a person reached the milestone (columns person, ts), in `env` if given. */
export function goalReaches(params: SqlParams, projectId: string, goal: string, env?: EventEnvironment): string {
  const conditions = [`m.project_id = ${params.add(projectId)}`, `m.type = 'milestone_reached'`, propIs(params, 'milestone', goal, 'm')];
  if (env !== undefined) conditions.push(`m.env = ${params.add(env, 'text')}`);
  return `(select ${personOf('m')} as person, m.ts from events m ${linkJoin('m')} where ${conditions.join(' and ')})`;
}
