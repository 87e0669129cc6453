import { databaseNames, dropEarlyDatabaseNames } from '../databaseNames.ts';

export { dropEarlyDatabaseNames };
import { progressKey, type FlowProgress } from '../progress.ts';

/** What frequency rules need of one flow's progress. */
type Mirrored = Pick<FlowProgress, 'flowVersion' | 'status' | 'stepIndex' | 'starts' | 'lastStartedAt' | 'sessionId'>;

interface Mirror {
  anonymousId: string;
  users: Record<string, { blockingEndedAt?: number; flows: Record<string, Mirrored> }>;
}

/**
 * The frequency mirror: a small synchronous copy (localStorage, shared by the origin's tabs) of
 * what frequency and the blocking gap need, so a flow can start before IndexedDB answers. Written
 * with every progress change; IndexedDB stays the record.
 */
const key = (dbName: string) => `waymark:${dbName}:frequency`;

export function readMirror(dbName: string): Mirror | null {
  try {
    const mirror = JSON.parse(localStorage.getItem(key(dbName)) ?? 'null') as Mirror | null;
    return mirror && typeof mirror.anonymousId === 'string' && typeof mirror.users === 'object' && mirror.users ? mirror : null;
  } catch {
    return null;
  }
}

/** One user's progress as the engine keeps it, from the mirror (until IndexedDB's arrives). */
export function mirroredProgress(mirror: Mirror, userKey: string): { progress: FlowProgress[]; blockingEndedAt: number } {
  const user = Object.hasOwn(mirror.users, userKey) ? mirror.users[userKey] : undefined;
  const progress = Object.entries(user?.flows ?? {}).map(([flowId, p]): FlowProgress => ({ ...p, key: progressKey(userKey, flowId), userKey, flowId, updatedAt: 0 }));
  return { progress, blockingEndedAt: Number(user?.blockingEndedAt) || 0 };
}

/** Records progress (and/or the blocking gap's start) for `userKey`, merged into what other tabs wrote. */
export function writeMirror(dbName: string, anonymousId: string, userKey: string, progress: readonly FlowProgress[], blockingEndedAt?: number): void {
  try {
    const mirror = readMirror(dbName) ?? { anonymousId, users: {} };
    const user = (mirror.users[userKey] ??= { flows: {} });
    for (const p of progress) user.flows[p.flowId] = { flowVersion: p.flowVersion, status: p.status, stepIndex: p.stepIndex, starts: p.starts, lastStartedAt: p.lastStartedAt, sessionId: p.sessionId };
    if (blockingEndedAt !== undefined) user.blockingEndedAt = blockingEndedAt;
    localStorage.setItem(key(dbName), JSON.stringify(mirror));
  } catch {
    // Storage full or blocked: start-up waits for IndexedDB instead.
  }
}

/** True only when this browser has no Waymark database of that name yet: a first visit. */
export async function noDatabaseYet(dbName: string): Promise<boolean> {
  const names = await databaseNames();
  return names !== null && !names.includes(dbName);
}
