import { uuidv7 } from '../shared/ids/uuidv7.ts';
import type { WaymarkStore } from './storage/WaymarkStore.ts';

const SESSION_KEY = 'waymark:session';
const SESSION_IDLE_MS = 30 * 60 * 1000;

/** The anonymous id is created once per browser and kept; `identify` adds the user id. */
export async function loadAnonymousId(store: WaymarkStore): Promise<string> {
  const existing = await store.getMeta('anonymousId');
  if (existing) return existing;
  const id = uuidv7();
  await store.setMeta('anonymousId', id);
  return id;
}

/** A session lasts while the tab is used, ending after 30 idle minutes; kept in sessionStorage when allowed. */
export function loadSessionId(now = Date.now()): string {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    const saved = raw ? (JSON.parse(raw) as { id?: unknown; at?: unknown }) : null;
    const id = saved && typeof saved.id === 'string' && typeof saved.at === 'number' && now - saved.at < SESSION_IDLE_MS ? saved.id : uuidv7(now);
    sessionStorage.setItem(SESSION_KEY, JSON.stringify({ id, at: now }));
    return id;
  } catch {
    return uuidv7(now);
  }
}
