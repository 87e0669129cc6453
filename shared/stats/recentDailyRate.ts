import { DAY_MS } from '../analytics/utcDay.ts';

/**
 * Today's traffic, for "about N days at today's traffic": the mean per day over the last `span`
 * whole UTC days before `now`'s day (today is still filling up), or over the whole days there
 * are. Days with nothing count as 0 from the first active day on. Null without a whole day of data.
 */
export function recentDailyRate(days: ReadonlyArray<{ day: number; count: number }>, now: number, span = 7): number | null {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const whole = days.filter((d) => d.day < today);
  if (whole.length === 0) return null;
  const first = Math.min(...whole.map((d) => d.day));
  const start = Math.max(first, today - span * DAY_MS);
  const total = whole.filter((d) => d.day >= start).reduce((s, d) => s + d.count, 0);
  return total / ((today - start) / DAY_MS);
}
