import { FallbackStore } from './FallbackStore.ts';
import { IdbStore } from './IdbStore.ts';
import { MemoryStore } from './MemoryStore.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

const OPEN_TIMEOUT_MS = 3000;

/**
 * Opens IndexedDB, or falls back to memory (and says why, once) when it is missing, blocked or
 * broken, or when a later read or write fails (quota exceeded).
 */
export async function openStore(name: string, onFallback: (reason: unknown) => void): Promise<WaymarkStore> {
  let opening: Promise<IdbStore> | undefined;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    opening = IdbStore.open(name);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not open in time (blocked?)')), OPEN_TIMEOUT_MS);
    });
    const store = await Promise.race([opening, timeout]).finally(() => clearTimeout(timer));
    return new FallbackStore(store, onFallback);
  } catch (error) {
    // A connection that opens after we gave up must not hold the database open.
    opening?.then((late) => void late.close(), () => {});
    onFallback(error);
    return new MemoryStore();
  }
}
