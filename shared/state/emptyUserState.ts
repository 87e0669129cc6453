import type { UserState } from '../schema/userState.ts';

/** A user state with nothing in it yet. */
export function emptyUserState(userId: string): UserState {
  return { userId, flows: {}, milestones: {}, experiments: {}, updatedAt: 0 };
}
