import { uuidv7 } from '../shared/ids/uuidv7.ts';

const SESSION_KEY = 'waymark:session';
const SESSION_IDLE_MS = 30 * 60 * 1000;

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

/** Who the events and progress belong to: this browser's anonymous id, this tab's session, and the signed-in user once known. */
export class Identity {
  constructor(
    readonly anonymousId: string,
    readonly sessionId: string,
    public userId: string | undefined,
  ) {}

  /** The key of this user's records: the user id once signed in, the anonymous id before. */
  get userKey(): string {
    return this.userId ? `u:${this.userId}` : `a:${this.anonymousId}`;
  }
}
