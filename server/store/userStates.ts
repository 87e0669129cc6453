import type { UserState } from '../../shared/schema/userState.ts';
import { emptyUserState } from '../../shared/state/emptyUserState.ts';
import { mergeUserState } from '../../shared/state/mergeUserState.ts';
import type { Db, Queryable } from '../db/Db.ts';

export async function getUserState(db: Queryable, projectId: string, userId: string): Promise<UserState> {
  const { rows } = await db.query<{ state: UserState }>(`select state from user_states where project_id = $1 and user_id = $2`, [projectId, userId]);
  return rows[0]?.state ?? emptyUserState(userId);
}

/**
 * Merges `incoming` into the stored state under a row lock (two devices syncing at once both count).
 * `check` sees the merged state before it is written; when it throws, nothing is stored.
 */
export function mergeIntoUserState(db: Db, projectId: string, incoming: UserState, check: (merged: UserState) => void = () => {}): Promise<UserState> {
  return db.transaction(async (tx) => {
    await tx.query(
      `insert into user_states (project_id, user_id, state, updated_at) values ($1, $2, $3::jsonb, 0) on conflict (project_id, user_id) do nothing`,
      [projectId, incoming.userId, JSON.stringify(emptyUserState(incoming.userId))],
    );
    const { rows } = await tx.query<{ state: UserState }>(`select state from user_states where project_id = $1 and user_id = $2 for update`, [projectId, incoming.userId]);
    const merged = mergeUserState(rows[0]!.state, incoming);
    check(merged);
    await tx.query(`update user_states set state = $3::jsonb, updated_at = $4 where project_id = $1 and user_id = $2`, [
      projectId,
      incoming.userId,
      JSON.stringify(merged),
      Date.now(),
    ]);
    return merged;
  });
}
