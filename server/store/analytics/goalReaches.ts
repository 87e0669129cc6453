import type { EventEnvironment } from '../../../shared/schema/eventEnvironment.ts';
import type { SqlParams } from './SqlParams.ts';

/**
 * A subquery of every time a person reached the milestone (columns person, ts; milestone_reaches, migrations/015), in `env` if
 * given, leaving out events of another flow version than `flowVersion` (as the filter does), and
 * with `verifiedOnly` the events without a verified identity.
 */
export function goalReaches(params: SqlParams, projectId: string, goal: string, env?: EventEnvironment, flowVersion?: number, verifiedOnly = false): string {
  const conditions = [`m.project_id = ${params.add(projectId)}`, `m.milestone = ${params.add(goal, 'text')}`];
  if (env !== undefined) conditions.push(`m.env = ${params.add(env, 'text')}`);
  if (flowVersion !== undefined) conditions.push(`(m.flow_version is null or m.flow_version = ${params.add(flowVersion, 'integer')})`);
  if (verifiedOnly) conditions.push('m.user_verified');
  return `(select m.person, m.ts from milestone_reaches m where ${conditions.join(' and ')})`;
}
