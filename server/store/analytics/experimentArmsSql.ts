import type { ExperimentArmsOptions } from '../../../shared/analytics/experimentArms.ts';
import type { Experiment } from '../../../shared/schema/experiment.ts';
import type { ArmCounts } from '../../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../../db/Db.ts';
import { personOf } from './personOf.ts';
import { firstExposures, propIs } from './scopedEvents.ts';
import { SqlParams } from './SqlParams.ts';

const DAY_MS = 86_400_000;

/**
 * shared/analytics/experimentArms in SQL: each person's first exposure (over all time), the
 * exposure date range applied to it, and conversion = the goal milestone reached within the
 * attribution window after it. Exposures to variants the experiment no longer has are left out.
 *
 * Conversions are looked up per exposed person through indexes (events_by_user for events with
 * their user id, events_anonymous for events sent before identify, by the anonymous ids that
 * person used), so the cost follows the experiment's size, not the project's goal events.
 */
export async function experimentArmsSql(db: Queryable, projectId: string, experiment: Pick<Experiment, 'key' | 'variants' | 'goal' | 'attributionDays'>, options: ExperimentArmsOptions & { verifiedOnly?: boolean } = {}): Promise<ArmCounts[]> {
  const params = new SqlParams();
  const exposures = firstExposures(params, projectId, experiment.key, 'f.person, f.variant, f.ts', options.env, options.verifiedOnly);
  const project = params.add(projectId);
  const goal = propIs(params, 'milestone', experiment.goal, 'm');
  const window = params.add(experiment.attributionDays * DAY_MS, 'float8');
  const from = params.add(Number.isFinite(options.from) ? options.from : null, 'bigint');
  const to = params.add(Number.isFinite(options.to) ? options.to : null, 'bigint');
  const inEnv = (options.env === undefined ? 'true' : `m.env = ${params.add(options.env, 'text')}`) + (options.verifiedOnly ? ' and m.user_verified' : '');
  const inWindow = `m.ts >= x.ts and m.ts - x.ts <= ${window} and ${inEnv}`;
  const { rows } = await db.query<{ variant: string; exposed: number; converted: number }>(
    `with exposed as (${exposures} where f.variant is not null
       and (${from} is null or f.ts >= ${from}) and (${to} is null or f.ts < ${to}))
     select x.variant, count(*) as exposed,
       count(*) filter (where exists (
         select 1 from events m
         where m.project_id = ${project} and m.user_id = x.person and m.type = 'milestone_reached' and ${goal} and ${inWindow}
       ) or exists (
         -- Never identified: the person is the anonymous id itself.
         select 1 from events m
         where m.project_id = ${project} and m.user_id is null and m.anonymous_id = x.person and m.type = 'milestone_reached'
           and ${goal} and ${inWindow} and ${personOf('m')} = x.person
       ) or exists (
         -- Sent before identify, from an anonymous id this person used.
         select 1 from (select distinct l.anonymous_id from events l where l.project_id = ${project} and l.user_id = x.person) used
         join events m on m.project_id = ${project} and m.user_id is null and m.anonymous_id = used.anonymous_id and m.type = 'milestone_reached'
         where ${goal} and ${inWindow} and ${personOf('m')} = x.person
       )) as converted
     from exposed x group by x.variant`,
    params.values,
  );
  const byVariant = new Map(rows.map((r) => [r.variant, r]));
  return experiment.variants.map((v) => ({ key: v.key, exposed: byVariant.get(v.key)?.exposed ?? 0, converted: byVariant.get(v.key)?.converted ?? 0, weight: v.weight }));
}
