const LEASE_MS = 15_000;

/**
 * Runs `fn` only if no other tab of this origin is flushing the same queue: Web Locks when the
 * browser has them, otherwise a short lease in localStorage. Returns false when another tab holds it.
 */
export async function withFlushLock(name: string, fn: () => Promise<void>): Promise<boolean> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) {
    return locks.request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      await fn();
      return true;
    });
  }
  return withLease(name, fn);
}

async function withLease(name: string, fn: () => Promise<void>): Promise<boolean> {
  const me = Math.random().toString(36).slice(2);
  const key = `${name}:lease`;
  try {
    const [holder, until] = (localStorage.getItem(key) ?? '').split('|');
    if (holder && holder !== me && Number(until) > Date.now()) return false;
    localStorage.setItem(key, `${me}|${Date.now() + LEASE_MS}`);
  } catch {
    // No localStorage either: flush without coordination; the server deduplicates on event id.
    await fn();
    return true;
  }
  try {
    await fn();
    return true;
  } finally {
    try {
      if (localStorage.getItem(key)?.startsWith(`${me}|`)) localStorage.removeItem(key);
    } catch {
      // ignore
    }
  }
}
