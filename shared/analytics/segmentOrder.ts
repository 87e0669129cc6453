import { UNKNOWN_SEGMENT } from './segmentOf.ts';

/** Segments in the order a breakdown lists them: most people first, then by name, "(not set)" last. */
export function segmentOrder<T extends { segment: string }>(rows: T[], size: (row: T) => number): T[] {
  return rows.sort((a, b) => Number(a.segment === UNKNOWN_SEGMENT) - Number(b.segment === UNKNOWN_SEGMENT) || size(b) - size(a) || (a.segment < b.segment ? -1 : a.segment > b.segment ? 1 : 0));
}
