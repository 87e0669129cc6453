import { uuidv7 } from '../../shared/ids/uuidv7.ts';

/**
 * Event ids that sort in the order the events were created, also within one millisecond (a burst
 * of `track` calls): the queue drops and delivers oldest first by id. Within a millisecond the
 * last 7 random bytes count up (RFC 9562 §6.2, method 2), starting at most halfway so they do not
 * run out. Page-wide on purpose: two SDK instances on one page share one queue order.
 */
let last: { ms: number; random: Uint8Array } | null = null;

export function nextEventId(now: number = Date.now()): string {
  const ms = Math.max(0, Math.floor(now));
  if (last && ms <= last.ms) {
    const random = last.random.slice();
    let i = random.length - 1;
    while (i >= 3 && random[i] === 0xff) random[i--] = 0;
    if (i >= 3) {
      random[i]! += 1;
      last = { ms: last.ms, random };
      return uuidv7(last.ms, random);
    }
    // 2^55 ids in one millisecond: move on to the next one.
    return fresh(last.ms + 1);
  }
  return fresh(ms);
}

function fresh(ms: number): string {
  const random = crypto.getRandomValues(new Uint8Array(10));
  random[3]! &= 0x7f;
  last = { ms, random };
  return uuidv7(ms, random);
}
