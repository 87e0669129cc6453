import { UNKNOWN_SEGMENT, type Breakdown } from '../../../shared/analytics/segmentOf.ts';
import type { SqlParams } from './SqlParams.ts';

/** shared/analytics/segmentOf over an events row `alias` (its props and flow_version). */
export function segmentSql(params: SqlParams, breakdown: Breakdown, alias: string): string {
  const unknown = params.add(UNKNOWN_SEGMENT, 'text');
  if (breakdown.by === 'version') return `coalesce('v' || ${alias}.flow_version::text, ${unknown})`;
  if (breakdown.by === 'device') return `case when jsonb_typeof(${alias}.props->'device') = 'string' then ${alias}.props->>'device' else ${unknown} end`;
  const trait = params.add(breakdown.trait, 'text');
  return `case when jsonb_typeof(${alias}.props->'traits') = 'object' and jsonb_typeof(${alias}.props->'traits'->${trait}) in ('string', 'number', 'boolean') then ${alias}.props->'traits'->>${trait} else ${unknown} end`;
}
