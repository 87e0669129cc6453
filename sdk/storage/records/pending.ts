import type { UserState } from '../../../shared/schema/userState.ts';
import { loadUserStateCheck } from '../../engine/loadUserStateCheck.ts';
import type { WaymarkStore } from '../WaymarkStore.ts';

/** The `pending` store: a user's state changes the server has not accepted yet. */
export async function readPending(store: WaymarkStore, userId: string): Promise<UserState | null> {
  const record = await store.get('pending', userId);
  const parsed = record ? (await loadUserStateCheck()).parseUserState(record.state) : undefined;
  return parsed?.ok && parsed.value.userId === userId ? parsed.value : null;
}

export const writePending = (store: WaymarkStore, userId: string, state: UserState | null): Promise<void> =>
  state ? store.put('pending', { userId, state }) : store.remove('pending', userId);
