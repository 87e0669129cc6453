import { loadValidationChunk } from './loadValidationChunk.ts';
import type * as UserStateCheck from '../../shared/schema/userState.ts';

export type { UserStateCheck };

/**
 * The user state's schema alone, for the sync's pull at start-up: zod and its few schemas are set
 * up, not the flow schema (several times their cost, left for the idle full check).
 */
export const loadUserStateCheck = (): Promise<typeof UserStateCheck> => loadValidationChunk().then((chunk) => chunk.userStateCheck());
