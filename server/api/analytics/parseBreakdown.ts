import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import { TraitKey } from '../../../shared/schema/condition.ts';
import { ApiError } from '../ApiError.ts';

/** `by=device`, `by=version` or `by=trait:<name>` (a trait the bundle lists in breakdownTraits), among those the report allows; else a 400 naming `by`. */
export function parseBreakdown(value: string | undefined, allowed: ReadonlyArray<Breakdown['by']>): Breakdown {
  const choices = allowed.map((a) => (a === 'trait' ? 'trait:<name>' : a)).join(', ');
  if (value === undefined || value === '') throw new ApiError(400, 'invalid_query', `by: required, one of ${choices}`, { path: 'by' });
  if (value.startsWith('trait:') && allowed.includes('trait')) {
    const trait = value.slice(6);
    if (!TraitKey.safeParse(trait).success) throw new ApiError(400, 'invalid_query', `by: ${JSON.stringify(trait)} must be a trait name such as "plan" or "company.size"`, { path: 'by' });
    return { by: 'trait', trait };
  }
  if ((value === 'device' || value === 'version') && allowed.includes(value)) return { by: value };
  throw new ApiError(400, 'invalid_query', `by: must be one of ${choices} (got ${JSON.stringify(value)})`, { path: 'by' });
}
