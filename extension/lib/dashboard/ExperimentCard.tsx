import type { ArmResult, Verdict } from '../../../shared/stats/analyzeExperiment.ts';
import { experimentHeadline } from '../../../shared/stats/experimentHeadline.ts';
import { downloadCsv } from './csv.ts';
import { count, percent, points, pointsRange, pValue, signedPercent } from './format.ts';
import { gateDetail } from './gateDetail.ts';
import { Headline } from './Headline.tsx';
import { ExperimentBreakdown } from './ExperimentBreakdown.tsx';
import { ExperimentTrend } from './ExperimentTrend.tsx';
import { GuardrailList } from './GuardrailList.tsx';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { LiftPlot } from './LiftPlot.tsx';
import { Named, useNames } from './Named.tsx';
import type { ExperimentReport } from './reports.ts';

const VERDICT: Record<Verdict, string> = {
  not_enough_data: 'Not enough data yet',
  sample_ratio_mismatch: 'Withheld: sample ratio mismatch',
  better: 'Better than control',
  worse: 'Worse than control',
  inconclusive: 'No clear difference yet',
};

function csvRows({ experiment, result }: ExperimentReport) {
  return [
    ['experiment', 'variant', 'exposed', 'converted', 'rate', 'rate_low', 'rate_high', 'abs_lift', 'abs_lift_low', 'abs_lift_high', 'rel_lift', 'rel_lift_low', 'rel_lift_high', 'p_value', 'chance_to_beat_control', 'verdict'],
    ...result.arms.map((a) => [
      experiment.key, a.key, a.exposed, a.converted, a.rate.estimate, a.rate.low, a.rate.high,
      a.vsControl?.absoluteLift.estimate ?? null, a.vsControl?.absoluteLift.low ?? null, a.vsControl?.absoluteLift.high ?? null,
      a.vsControl?.relativeLift?.estimate ?? null, a.vsControl?.relativeLift?.low ?? null, a.vsControl?.relativeLift?.high ?? null,
      a.vsControl?.pValue ?? null, a.vsControl?.chanceToBeatControl ?? null, a.vsControl?.verdict ?? 'control',
    ]),
  ];
}

function ArmRow({ arm, name }: { arm: ArmResult; name: string }) {
  const vs = arm.vsControl;
  return (
    <tr data-variant={arm.key}>
      <th scope="row">
        <Named name={name} id={arm.key} />
        {vs || /control/i.test(name) ? null : <span class="badge">control</span>}
      </th>
      <td class="num" data-col="exposed">{count(arm.exposed)}</td>
      <td class="num" data-col="converted">{count(arm.converted)}</td>
      <td class="num" data-col="rate">{percent(arm.rate.estimate)} <span class="ci">({percent(arm.rate.low)}–{percent(arm.rate.high)})</span></td>
      <td class="num" data-col="lift">{vs ? <>{points(vs.absoluteLift.estimate)} <span class="ci">({pointsRange(vs.absoluteLift.low, vs.absoluteLift.high)})</span></> : '—'}</td>
      <td class="num" data-col="relative">{vs?.relativeLift ? <>{signedPercent(vs.relativeLift.estimate)} <span class="ci">({signedPercent(vs.relativeLift.low)} to {signedPercent(vs.relativeLift.high)})</span></> : '—'}</td>
      <td class="num" data-col="p">{vs ? pValue(vs.pValue) : '—'}</td>
      <td class="num" data-col="chance">{vs ? percent(vs.chanceToBeatControl) : '—'}</td>
      <td data-col="verdict">{vs ? <span class={`verdict ${vs.verdict}`}>{VERDICT[vs.verdict]}</span> : '—'}</td>
    </tr>
  );
}

/** One experiment: the headline in words, alerts, the lift plot and the per-variant table. */
export function ExperimentCard({ report, client, filter }: { report: ExperimentReport; client?: AnalyticsClient; filter?: DashboardFilter }) {
  const { experiment, result } = report;
  const names = useNames();
  const variantName = (key: string) => names.variant(experiment.key, key);
  const armNames = Object.fromEntries(result.arms.map((a) => [a.key, variantName(a.key)]));
  const headline = experimentHeadline(result, { armNames, metric: names.metric(experiment.goal), ...(report.exposuresPerDay ? { exposuresPerDay: report.exposuresPerDay } : {}) });
  const srm = result.sampleRatioMismatch;
  const titleId = `experiment-${experiment.key}`;
  const expected = experiment.variants.map((v) => v.weight);
  const weightTotal = expected.reduce((s, w) => s + w, 0) || 1;
  const confidence = percent(result.inference.confidence, 0);
  return (
    <article class="card" aria-labelledby={titleId} data-experiment={experiment.key}>
      <header class="card-header">
        <div class="card-title">
          <h3 id={titleId}><Named name={experiment.name ?? experiment.key} id={experiment.key} /></h3>
          <span class="muted">
            Goal <strong><Named name={names.milestone(experiment.goal)} id={experiment.goal} /></strong> within {experiment.attributionDays} days · {experiment.status ?? 'running'}
          </span>
        </div>
        <button type="button" onClick={() => downloadCsv(`experiment-${experiment.key}.csv`, csvRows(report))}>Export CSV</button>
      </header>
      <Headline text={headline.text} recommendation={headline.recommendation} basis={headline.basis} {...(result.gate.ready ? {} : { detail: gateDetail(result, variantName, 'every arm') })} />
      {srm.alert ? (
        <div class="alert srm" role="alert">
          <strong>Sample ratio mismatch.</strong> Exposures split {result.arms.map((a) => count(a.exposed)).join(' / ')} but the weights expect{' '}
          {expected.map((w) => percent(w / weightTotal, 0)).join(' / ')} (χ² = {srm.chiSquare.toFixed(2)}, p = {pValue(srm.pValue)}). Assignment or exposure
          logging is broken, so no verdict is given until it is fixed.
        </div>
      ) : null}
      {result.arms.some((a) => a.exposed > 0) ? <LiftPlot arms={result.arms} control={variantName(result.control)} name={variantName} /> : <p class="muted">Nobody has been exposed yet.</p>}
      <div class="table-wrap">
        <table class="data" aria-label={`Per-variant results of ${experiment.name ?? experiment.key}`}>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col" class="num">Exposed</th>
              <th scope="col" class="num">Converted</th>
              <th scope="col" class="num">Conversion ({confidence} CI)</th>
              <th scope="col" class="num">Lift vs control</th>
              <th scope="col" class="num">Relative lift</th>
              <th scope="col" class="num nowrap">p-value</th>
              <th scope="col" class="num">Chance to beat control</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {result.arms.map((arm) => <ArmRow key={arm.key} arm={arm} name={variantName(arm.key)} />)}
          </tbody>
        </table>
      </div>
      <GuardrailList arms={result.arms} name={variantName} />
      {client && filter ? <ExperimentBreakdown client={client} filter={filter} experimentKey={experiment.key} /> : null}
      <ExperimentTrend experimentKey={experiment.key} days={report.daily ?? []} name={variantName} confidence={result.inference.confidence} />
    </article>
  );
}
