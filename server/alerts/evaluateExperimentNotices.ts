import { analyzeExperiment } from '../../shared/stats/analyzeExperiment.ts';
import type { Queryable } from '../db/Db.ts';
import { experimentArmsSql } from '../store/analytics/experimentArmsSql.ts';
import { getPublished } from '../store/releases.ts';
import type { AlertEvent } from './AlertEvent.ts';

/**
 * For each running experiment of the production release: a notice when every arm has reached the
 * sample the verdict needs, when an arm differs from control significantly, and when the split of
 * exposed users does not match the weights (assignment or exposure logging is broken). Once each.
 */
export async function evaluateExperimentNotices(db: Queryable, projectId: string, reports: Queryable = db): Promise<AlertEvent[]> {
  const release = await getPublished(db, projectId, 'production');
  const notices: AlertEvent[] = [];
  for (const experiment of release?.bundle.experiments ?? []) {
    if (experiment.status === 'draft' || experiment.status === 'stopped') continue;
    const arms = await experimentArmsSql(reports, projectId, experiment, { env: 'production' });
    const control = (experiment.variants.find((v) => v.flowId === null) ?? experiment.variants[0]!).key;
    const result = analyzeExperiment(arms, { control });
    const name = experiment.name ?? experiment.key;
    const exposed = arms.map((a) => `${a.key} ${a.exposed}`).join(', ');
    const candidates: AlertEvent[] = [];
    if (result.gate.ready) candidates.push({ type: 'experiment.sample_reached', text: `Waymark: experiment "${name}" has the sample it needs in every arm (${exposed} users); its verdict can now be read.`, data: {} });
    const decided = result.arms.find((a) => a.vsControl && (a.vsControl.verdict === 'better' || a.vsControl.verdict === 'worse'));
    if (decided) candidates.push({ type: 'experiment.significant', text: `Waymark: experiment "${name}": variant ${decided.key} does ${decided.vsControl!.verdict} than ${control}, significantly (${exposed} users).`, data: { variant: decided.key, verdict: decided.vsControl!.verdict } });
    if (result.sampleRatioMismatch.alert) candidates.push({ type: 'experiment.sample_ratio_mismatch', text: `:warning: Waymark: experiment "${name}" has a sample-ratio mismatch (${exposed} users, p = ${result.sampleRatioMismatch.pValue.toExponential(1)}): assignment or exposure logging is broken, do not trust its results.`, data: { pValue: result.sampleRatioMismatch.pValue } });
    for (const notice of candidates) {
      const kind = notice.type.slice('experiment.'.length);
      const { rows } = await db.query(`insert into experiment_notices (project_id, experiment_key, kind, sent_at) values ($1, $2, $3, $4) on conflict do nothing returning 1`, [projectId, experiment.key, kind, Date.now()]);
      if (rows.length) notices.push({ ...notice, data: { experimentKey: experiment.key, release: release!.version, arms: arms.map((a) => ({ key: a.key, exposed: a.exposed, converted: a.converted })), ...notice.data } });
    }
  }
  return notices;
}
