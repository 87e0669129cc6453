import type { WaymarkStore } from '../storage/WaymarkStore.ts';
import { readBundle, writeBundle } from '../storage/records/bundles.ts';

export interface CachedBundle {
  etag: string | null;
  body: unknown;
}

/** A server that accepts the connection but never answers must not keep the SDK from starting. */
const TIMEOUT_MS = 8000;

/** The bundle last fetched from `url`, kept so the SDK works while the server is down. */
export async function readCachedBundle(store: WaymarkStore, url: string): Promise<CachedBundle | undefined> {
  try {
    return await readBundle(store, url);
  } catch {
    return undefined;
  }
}

/**
 * Revalidates the cached bundle with `If-None-Match`. Returns the new body when it changed,
 * `null` when the cached one is still current; throws when the server can't be reached.
 */
export async function revalidateBundle(store: WaymarkStore, url: string, cached: CachedBundle | undefined): Promise<unknown | null> {
  const response = await fetch(url, {
    credentials: 'omit',
    headers: cached?.etag ? { 'if-none-match': cached.etag } : {},
    ...(typeof AbortSignal.timeout === 'function' ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : {}),
  });
  if (response.status === 304 && cached) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  await writeBundle(store, { url, etag: response.headers.get('etag'), body });
  return body;
}
