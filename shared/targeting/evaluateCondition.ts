import type { Condition } from '../schema/condition.ts';
import { MAX_CONDITION_DEPTH, MAX_CONDITION_NODES } from '../schema/conditionLimits.ts';
import { evaluateTraitCondition } from './evaluateTraitCondition.ts';
import { findConditionProblems } from '../schema/findConditionProblems.ts';
import type { TargetingContext } from './TargetingContext.ts';

const DAY_MS = 86_400_000;

/** Three-valued result: `undefined` is "unknown" (a malformed rule, a misbehaving context, or too deep). */
type Truth = boolean | undefined;

/** Thrown (and caught by `evaluateCondition`) when a rule visits more than MAX_CONDITION_NODES nodes. */
const TOO_BIG = Symbol('too big');

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function compareCount(actual: number, op: string, count: number): Truth {
  switch (op) {
    case 'gte': return actual >= count;
    case 'lte': return actual <= count;
    case 'eq': return actual === count;
    case 'gt': return actual > count;
    case 'lt': return actual < count;
    default: return undefined;
  }
}

function evaluateLeaf(node: Condition, ctx: TargetingContext): Truth {
  switch (node.type) {
    case 'trait':
      return evaluateTraitCondition(node, ctx.traits);
    case 'event': {
      if (node.withinDays !== undefined && !Number.isFinite(ctx.now)) return undefined;
      const since = node.withinDays === undefined ? undefined : ctx.now - node.withinDays * DAY_MS;
      const actual: unknown = ctx.eventCounts(node.name, since);
      return isCount(actual) ? compareCount(actual, node.op, node.count) : undefined;
    }
    case 'flow': {
      const states = ctx.flowStates;
      const state = Object.prototype.hasOwnProperty.call(states, node.flowId) ? states[node.flowId] : undefined;
      const seen = state?.seen === true;
      const completed = state?.completed === true;
      const dismissed = state?.dismissed === true;
      switch (node.state) {
        case 'seen': return seen;
        case 'not_seen': return !seen;
        case 'completed': return completed;
        case 'not_completed': return !completed;
        case 'dismissed': return dismissed;
        case 'not_dismissed': return !dismissed;
        default: return undefined;
      }
    }
    case 'milestone':
      return ctx.milestones.has(node.milestone) === node.reached;
    case 'device': {
      const { width, touch } = ctx.device;
      if (typeof width !== 'number' || Number.isNaN(width) || typeof touch !== 'boolean') return undefined;
      return (node.minWidth === undefined || width >= node.minWidth) && (node.maxWidth === undefined || width <= node.maxWidth) && (node.touch === undefined || touch === node.touch);
    }
    case 'date':
      if (!Number.isFinite(ctx.now)) return undefined;
      return (node.from === undefined || ctx.now >= node.from) && (node.to === undefined || ctx.now < node.to);
    case 'element': {
      const present: unknown = ctx.elementPresent(node.anchor);
      return typeof present === 'boolean' ? present : undefined;
    }
    default:
      return undefined;
  }
}

function evaluateNode(node: unknown, ctx: TargetingContext, depth: number, budget: { nodes: number }): Truth {
  if (depth > MAX_CONDITION_DEPTH) return undefined;
  if (++budget.nodes > MAX_CONDITION_NODES) throw TOO_BIG;
  if (findConditionProblems(node).length > 0) return undefined;
  const condition = node as Condition;
  switch (condition.type) {
    case 'all': {
      let unknown = false;
      for (const child of condition.conditions) {
        const result = evaluateNode(child, ctx, depth + 1, budget);
        if (result === false) return false;
        if (result === undefined) unknown = true;
      }
      return unknown ? undefined : true;
    }
    case 'any': {
      let unknown = false;
      for (const child of condition.conditions) {
        const result = evaluateNode(child, ctx, depth + 1, budget);
        if (result === true) return true;
        if (result === undefined) unknown = true;
      }
      return unknown ? undefined : false;
    }
    case 'not': {
      const result = evaluateNode(condition.condition, ctx, depth + 1, budget);
      return result === undefined ? undefined : !result;
    }
    default:
      try {
        return evaluateLeaf(condition, ctx);
      } catch {
        return undefined; // a context callback or trait getter threw
      }
  }
}

/**
 * Whether the visitor described by `ctx` is in the audience `condition` describes. Pure and never throws.
 *
 * Malformed rules fail closed. Internally each node is true, false or *unknown* (Kleene logic, like
 * SQL NULL): a node is unknown when it has a problem `validateCondition` would report (bad regex,
 * non-array for `in`, `"gt"` with `"abc"`, wrong field types sneaked past the types, …), when the
 * context misbehaves (a callback throws or returns a non-boolean/non-count), or when it is nested
 * deeper than MAX_CONDITION_DEPTH. A rule with more than MAX_CONDITION_NODES nodes is false. `not` of unknown is unknown; `all` is false if any child is
 * false, else unknown if any is; `any` is true if any child is true, else unknown if any is. An
 * unknown result is `false`, so wrapping a broken rule in `not` never opens it to everyone.
 *
 * Empty `all` is true, empty `any` is false. Trait semantics: see `evaluateTraitCondition`.
 * Event windows start at `now − withinDays·86 400 000` (inclusive, per `eventCounts`). Device
 * widths are inclusive on both ends (like CSS min-/max-width). Date windows are `from` inclusive,
 * `to` exclusive.
 */
export function evaluateCondition(condition: Condition, ctx: TargetingContext): boolean {
  try {
    return evaluateNode(condition, ctx, 1, { nodes: 0 }) === true;
  } catch {
    return false;
  }
}
