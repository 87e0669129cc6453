let early: Promise<string[] | null> | null = null;

/**
 * The names of this origin's IndexedDB databases, or null when the browser cannot say. The
 * script-tag builds ask as soon as their script is evaluated (`askDatabaseNamesEarly`), so the
 * answer travels while the page goes on to `init`; the first start-up takes that answer, any later
 * one asks afresh (a database may have been created since).
 */
export function databaseNames(): Promise<string[] | null> {
  const answer = early ?? ask();
  early = null;
  return answer;
}

/**
 * The early answer is for an `init` while the page is still being parsed (the script tag and the
 * setup script after it) or in the same task (the async snippet's queue): later, a database may
 * have been created since it was asked, so it is dropped.
 */
export function askDatabaseNamesEarly(): void {
  if (early || typeof document === 'undefined') return;
  early = ask();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', dropEarlyDatabaseNames, { once: true });
  else setTimeout(dropEarlyDatabaseNames, 0);
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
