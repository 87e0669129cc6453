import * as z from 'zod/mini';
import { Anchor } from './anchor.ts';
import { Id, Timestamp } from './primitives.ts';

const Scalar = z.union([z.string().check(z.maxLength(1000)), z.number(), z.boolean()]);

export const TraitKey = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, 'must be a trait name such as "plan" or "company.size"'),
);

export const TraitOperator = z.enum(['eq', 'ne', 'in', 'not_in', 'gt', 'gte', 'lt', 'lte', 'exists', 'not_exists', 'contains', 'regex', 'before', 'after']);

export const TraitCondition = z.strictObject({
  type: z.literal('trait'),
  key: TraitKey,
  op: TraitOperator,
  /** Compared value; an array for `in`/`not_in`, an ISO date for `before`/`after`, absent for `exists`. */
  value: z.optional(z.union([Scalar, z.array(Scalar).check(z.maxLength(500))])),
});

export const CountOperator = z.enum(['gte', 'lte', 'eq', 'gt', 'lt']);

/** "tracked `name` at least `count` times in the last `withinDays` days". */
export const EventCondition = z.strictObject({
  type: z.literal('event'),
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  op: CountOperator,
  count: z.number().check(z.int(), z.nonnegative()),
  withinDays: z.optional(z.number().check(z.positive(), z.lte(3650))),
});

export const FlowStateCondition = z.strictObject({
  type: z.literal('flow'),
  flowId: Id,
  state: z.enum(['seen', 'not_seen', 'completed', 'not_completed', 'dismissed', 'not_dismissed']),
});

export const MilestoneCondition = z.strictObject({
  type: z.literal('milestone'),
  milestone: Id,
  reached: z.boolean(),
});

export const DeviceCondition = z.strictObject({
  type: z.literal('device'),
  minWidth: z.optional(z.number().check(z.nonnegative())),
  maxWidth: z.optional(z.number().check(z.nonnegative())),
  touch: z.optional(z.boolean()),
});

export const DateWindowCondition = z.strictObject({
  type: z.literal('date'),
  from: z.optional(Timestamp),
  to: z.optional(Timestamp),
});

export const ElementCondition = z.strictObject({ type: z.literal('element'), anchor: Anchor });

export type Condition =
  | z.infer<typeof TraitCondition>
  | z.infer<typeof EventCondition>
  | z.infer<typeof FlowStateCondition>
  | z.infer<typeof MilestoneCondition>
  | z.infer<typeof DeviceCondition>
  | z.infer<typeof DateWindowCondition>
  | z.infer<typeof ElementCondition>
  | { type: 'all'; conditions: Condition[] }
  | { type: 'any'; conditions: Condition[] }
  | { type: 'not'; condition: Condition };

const AllCondition = z.strictObject({
  type: z.literal('all'),
  get conditions(): z.ZodMiniArray<typeof Condition> {
    return z.array(Condition);
  },
});
const AnyCondition = z.strictObject({
  type: z.literal('any'),
  get conditions(): z.ZodMiniArray<typeof Condition> {
    return z.array(Condition);
  },
});
const NotCondition = z.strictObject({
  type: z.literal('not'),
  get condition(): typeof Condition {
    return Condition;
  },
});

/** Audience rule: a tree of conditions combined with all/any/not. */
export const Condition: z.ZodMiniType<Condition> = z.discriminatedUnion('type', [
  TraitCondition,
  EventCondition,
  FlowStateCondition,
  MilestoneCondition,
  DeviceCondition,
  DateWindowCondition,
  ElementCondition,
  AllCondition,
  AnyCondition,
  NotCondition,
]);
