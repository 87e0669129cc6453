/** A UTC day as the charts and tables label it: "Nov 20". */
export const dayLabel = (day: number): string => new Date(day).toLocaleDateString('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Which of `count` days get a date under a chart's x axis: about `labels` evenly spaced ones and
 * always the last, dropping a regular one that would crowd the last.
 */
export function labelledDays(count: number, labels = 5): Set<number> {
  const every = Math.max(1, Math.ceil(count / labels));
  const shown = new Set<number>();
  for (let i = 0; i < count; i += every) if (count - 1 - i >= every || i === count - 1) shown.add(i);
  if (count > 0) shown.add(count - 1);
  return shown;
}
