let early: Promise<string[] | null> | null = null;

/**
 * The names of this origin's IndexedDB databases, or null when the browser cannot say. The
 * script-tag builds ask as soon as the script is evaluated (`askDatabaseNamesEarly`), so the answer
 * travels while the rest of the SDK is evaluated; the first start-up takes that answer, any later
 * one asks afresh (a database may have been created since).
 */
export function databaseNames(): Promise<string[] | null> {
  const answer = early ?? ask();
  early = null;
  return answer;
}

export function askDatabaseNamesEarly(): void {
  early ??= ask();
}

/** A start-up that does not need the answer drops it, so no later one takes a stale answer. */
export function dropEarlyDatabaseNames(): void {
  early = null;
}

async function ask(): Promise<string[] | null> {
  try {
    if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
    return (await indexedDB.databases()).map((db) => db.name ?? '');
  } catch {
    return null;
  }
}
