import { guardrailLabel } from '../../../shared/analytics/guardrailArms.ts';
import { DAY_MS } from '../../../shared/analytics/utcDay.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { Guardrail } from '../../../shared/stats/evaluateGuardrail.ts';
import type { Queryable } from '../../db/Db.ts';
import { exposedPeopleSql, type ExposedScope } from './exposedPeopleSql.ts';
import { goalReaches } from './goalReaches.ts';
import { linkJoin, personOf } from './personOf.ts';
import { reachedAfter, reachedAfterFacts } from './reachedAfter.ts';
import { SqlParams } from './SqlParams.ts';

const HOUR_MS = 3_600_000;

/** shared/analytics/guardrailArms in SQL: per guardrail, per arm, counts over the people experimentArmsSql counts. */
export async function guardrailArmsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays' | 'guardrails'>, options: ExposedScope & { milestoneName?: (id: string) => string } = {}): Promise<Guardrail[]> {
  const out: Guardrail[] = [];
  for (const metric of experiment.guardrails ?? []) {
    const label = guardrailLabel(metric, options.milestoneName);
    const params = new SqlParams();
    const people = exposedPeopleSql(params, projectId, experiment, options);
    if (metric.metric === 'time_to_goal') {
      const { rows } = await db.query<{ variant: string; n: number; sum: number; sum_squares: number }>(
        `select variant, count(*)::int as n, coalesce(sum(h), 0)::float8 as sum, coalesce(sum(h * h), 0)::float8 as sum_squares
         from (select variant, (reached - start)::float8 / ${HOUR_MS} as h from ${people} p where converted) t group by variant`,
        params.values,
      );
      const arms = Object.fromEntries(experiment.variants.map((v) => {
        const r = rows.find((x) => x.variant === v.key);
        return [v.key, { n: r?.n ?? 0, sum: r?.sum ?? 0, sumSquares: r?.sum_squares ?? 0 }];
      }));
      out.push({ ...label, kind: 'mean', harmful: 'increase', tolerance: metric.toleranceHours ?? 0, arms });
      continue;
    }
    const hits =
      metric.metric === 'milestone'
        ? goalReaches(params, projectId, metric.milestone, options.env, undefined, options.verifiedOnly)
        : dismissals(params, projectId, options);
    const window = params.add(experiment.attributionDays * DAY_MS, 'bigint');
    const { rows } = await db.query<{ variant: string; exposed: number; converted: number }>(
      `with people as materialized (select person, start as ts, variant from ${people} p)
       select variant, count(*)::int as exposed, count(*) filter (where converted)::int as converted
       from ${(metric.metric === 'milestone' ? reachedAfterFacts : reachedAfter)('people', hits, window, ['variant'])} r group by variant`,
      params.values,
    );
    const arms = Object.fromEntries(experiment.variants.map((v) => {
      const r = rows.find((x) => x.variant === v.key);
      return [v.key, { exposed: r?.exposed ?? 0, converted: r?.converted ?? 0 }];
    }));
    out.push({ ...label, kind: 'rate', harmful: metric.metric === 'milestone' ? 'decrease' : 'increase', tolerance: metric.tolerance ?? 0, arms });
  }
  return out;
}

/** Every flow_dismissed of the project (columns person, ts), in the environment if given. */
function dismissals(params: SqlParams, projectId: string, options: ExposedScope): string {
  const conditions = [`d.project_id = ${params.add(projectId)}`, `d.type = 'flow_dismissed'`];
  if (options.env !== undefined) conditions.push(`d.env = ${params.add(options.env, 'text')}`);
  if (options.verifiedOnly) conditions.push('d.user_verified');
  return `(select ${personOf('d')} as person, d.ts from events d ${linkJoin('d')} where ${conditions.join(' and ')})`;
}
