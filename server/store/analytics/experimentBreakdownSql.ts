import type { ArmsBySegment } from '../../../shared/analytics/experimentBreakdown.ts';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import { segmentOrder } from '../../../shared/analytics/segmentOrder.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { exposedPeopleSql, type ExposedScope } from './exposedPeopleSql.ts';
import { segmentSql } from './segmentSql.ts';
import { SqlParams } from './SqlParams.ts';

/** shared/analytics/experimentBreakdown from facts: each counted person's segment from the props of their first exposure event. */
export async function experimentBreakdownSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, breakdown: Breakdown, options: ExposedScope = {}): Promise<ArmsBySegment[]> {
  const params = new SqlParams();
  const people = exposedPeopleSql(params, projectId, experiment, options);
  const project = params.add(projectId, 'text');
  const { rows } = await db.query<{ segment: string; variant: string; exposed: number; converted: number }>(
    `select ${segmentSql(params, breakdown, 'ev')} as segment, p.variant, count(*)::int as exposed, count(*) filter (where p.converted)::int as converted
     from ${people} p join events ev on ev.project_id = ${project} and ev.id = p.entry_id
     group by 1, 2`,
    params.values,
  );
  const bySegment = new Map<string, Map<string, { exposed: number; converted: number }>>();
  for (const r of rows) (bySegment.get(r.segment) ?? bySegment.set(r.segment, new Map()).get(r.segment)!).set(r.variant, r);
  return segmentOrder(
    [...bySegment].map(([segment, arms]) => ({ segment, arms: experiment.variants.map((v) => ({ key: v.key, exposed: arms.get(v.key)?.exposed ?? 0, converted: arms.get(v.key)?.converted ?? 0, weight: v.weight })) })),
    (r) => r.arms.reduce((n, a) => n + a.exposed, 0),
  );
}
