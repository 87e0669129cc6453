export const DAY_MS = 86_400_000;

/** The start (epoch ms) of the UTC day `ts` falls in: the bucket of every daily series. */
export function utcDay(ts: number): number {
  return Math.floor(ts / DAY_MS) * DAY_MS;
}

/**
 * Every UTC day from the first to the last key of `byDay` (gaps filled with `empty()`), in order,
 * so a chart's x axis is time and not "days that had data".
 */
export function fillDays<T>(byDay: ReadonlyMap<number, T>, empty: () => T): Array<{ day: number; value: T }> {
  if (byDay.size === 0) return [];
  const days = [...byDay.keys()];
  const first = Math.min(...days);
  const last = Math.max(...days);
  const out: Array<{ day: number; value: T }> = [];
  for (let day = first; day <= last; day += DAY_MS) out.push({ day, value: byDay.get(day) ?? empty() });
  return out;
}
