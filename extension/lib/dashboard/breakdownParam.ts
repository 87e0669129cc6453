import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';

/** The `by` query value of a breakdown: `device`, `version`, `trait:<name>`. */
export const breakdownParam = (b: Breakdown): string => (b.by === 'trait' ? `trait:${b.trait}` : b.by);
