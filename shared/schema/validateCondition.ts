import type { Condition } from './condition.ts';
import { formatPath } from './formatIssues.ts';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_NODES } from './conditionLimits.ts';
import { findConditionProblems } from './findConditionProblems.ts';

const line = (out: string[], at: readonly PropertyKey[], message: string): void => void out.push(`${formatPath(at) || '(root)'}: ${message}`);

function walk(node: unknown, path: readonly PropertyKey[], depth: number, out: string[], budget: { nodes: number }): void {
  if (budget.nodes > MAX_CONDITION_NODES) return;
  if (++budget.nodes > MAX_CONDITION_NODES) {
    line(out, path, `a rule may have at most ${MAX_CONDITION_NODES} conditions`);
    return;
  }
  if (depth > MAX_CONDITION_DEPTH) {
    line(out, path, `conditions may be nested at most ${MAX_CONDITION_DEPTH} levels deep`);
    return;
  }
  const problems = findConditionProblems(node);
  for (const problem of problems) line(out, [...path, ...problem.path], problem.message);
  if (problems.length > 0) return;
  const condition = node as Condition;
  if (condition.type === 'all' || condition.type === 'any') {
    condition.conditions.forEach((child, i) => walk(child, [...path, 'conditions', i], depth + 1, out, budget));
  } else if (condition.type === 'not') {
    walk(condition.condition, [...path, 'condition'], depth + 1, out, budget);
  }
}

/**
 * Checks on an audience rule beyond what the schema expresses, one `path: problem` line each
 * (the style of `formatIssues`), e.g. `conditions[1].value: "in" needs an array`. Empty when the
 * rule is sound. `path` prefixes every line (e.g. `['audience']`). Never throws.
 *
 * Every node reported here is *unknown* to `evaluateCondition`, so it can never make a rule match.
 */
export function validateCondition(condition: Condition, path: readonly PropertyKey[] = []): string[] {
  const out: string[] = [];
  try {
    walk(condition, path, 1, out, { nodes: 0 });
  } catch {
    line(out, path, 'could not be checked');
  }
  return out;
}
