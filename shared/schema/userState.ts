import * as z from 'zod/mini';
import { Id, MAX_INT32, Timestamp, Version } from './primitives.ts';
import { parseWith, type ParseResult } from './parseWith.ts';

const Count = z.number().check(z.int(), z.nonnegative(), z.lte(MAX_INT32, `must be at most ${MAX_INT32}`));

/** What is remembered about one flow for one user (the SDK's progress, without device-local fields). */
export const FlowState = z.strictObject({
  flowVersion: Version,
  status: z.enum(['active', 'completed', 'dismissed']),
  stepIndex: Count,
  stepId: z.optional(Id),
  starts: Count,
  lastStartedAt: Timestamp,
  updatedAt: Timestamp,
  completedAt: z.optional(Timestamp),
  dismissedAt: z.optional(Timestamp),
  /** Checklist items already completed. */
  completedItems: z.optional(z.array(Id).check(z.maxLength(500))),
  /** Checklist panel open (true) or minimised to its launcher. */
  open: z.optional(z.boolean()),
});
export type FlowState = z.infer<typeof FlowState>;

/** A sticky experiment assignment. */
export const ExperimentAssignment = z.strictObject({
  variant: Id,
  bucketVersion: Version,
  assignedAt: Timestamp,
});
export type ExperimentAssignment = z.infer<typeof ExperimentAssignment>;

/** One user's onboarding state, kept by the server so it follows the user across devices. */
export const UserState = z.strictObject({
  userId: z.string().check(z.minLength(1), z.maxLength(200)),
  flows: z.record(Id, FlowState),
  /** Milestone id → first time reached (epoch ms). */
  milestones: z.record(Id, Timestamp),
  experiments: z.record(Id, ExperimentAssignment),
  updatedAt: Timestamp,
});
export type UserState = z.infer<typeof UserState>;

export function parseUserState(input: unknown): ParseResult<UserState> {
  return parseWith(UserState, input);
}
