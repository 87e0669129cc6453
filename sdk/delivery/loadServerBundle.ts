import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readCachedBundle, revalidateBundle } from './fetchCachedBundle.ts';

/** How long start-up waits for the server's flows before going on with the cached ones. */
const CACHED_BUNDLE_GRACE_MS = 1500;

export interface ServerBundleHandlers {
  /** A bundle body to validate and put in force (the cached copy, then the server's current one). */
  accept(body: unknown): void;
  /** The server's release arrived after start-up went on with the cached copy. */
  replacedLate(): void;
  failed(message: string): void;
}

/**
 * The server's published flows: the cached copy first, then revalidated (ETag). Resolves when the
 * fresh copy is in, or after a short grace with the cached copy when the server is slow or down:
 * the cache is for outages, not a reason to show last release's flows.
 */
export async function loadServerBundle(store: WaymarkStore, url: string, handlers: ServerBundleHandlers): Promise<void> {
  const cached = await readCachedBundle(store, url);
  if (cached) handlers.accept(cached.body);
  let settled = false;
  const revalidation = revalidateBundle(store, url, cached).then(
    (fresh) => {
      if (fresh === null) return;
      handlers.accept(fresh);
      if (settled) handlers.replacedLate();
    },
    (error) => handlers.failed(`could not load flows from ${url}: ${String(error)}${cached ? ' (using the cached copy)' : ''}`),
  );
  await (cached ? Promise.race([revalidation, new Promise((resolve) => setTimeout(resolve, CACHED_BUNDLE_GRACE_MS))]) : revalidation);
  settled = true;
}
