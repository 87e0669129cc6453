import { IdbStore } from './IdbStore.ts';
import { MemoryStore } from './MemoryStore.ts';
import type { WaymarkStore } from './WaymarkStore.ts';

const OPEN_TIMEOUT_MS = 3000;

/** Opens IndexedDB, or falls back to memory (and says why) when it is missing, blocked or broken. */
export async function openStore(name: string, onFallback: (reason: unknown) => void): Promise<WaymarkStore> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not open in time (blocked?)')), OPEN_TIMEOUT_MS);
    });
    const store = await Promise.race([IdbStore.open(name), timeout]).finally(() => clearTimeout(timer));
    return store;
  } catch (error) {
    onFallback(error);
    return new MemoryStore();
  }
}
