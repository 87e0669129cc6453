import type { Verdict } from '../../../shared/stats/analyzeExperiment.ts';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { count, percent, points, pointsRange, pValue, signedPercent } from './format.ts';
import { holdoutHeadline } from '../../../shared/stats/holdoutHeadline.ts';
import { gateDetail } from './gateDetail.ts';
import { Headline } from './Headline.tsx';
import { LiftPlot } from './LiftPlot.tsx';
import { Named, useNames } from './Named.tsx';
import type { HoldoutReport } from './reports.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

const VERDICT: Record<Verdict, string> = {
  not_enough_data: 'Not enough data yet',
  sample_ratio_mismatch: 'Withheld: holdout share mismatch',
  better: 'Onboarding helps',
  worse: 'Onboarding hurts',
  inconclusive: 'No clear difference yet',
};
const LABEL: Record<string, string> = { holdout: 'Global holdout', onboarding: 'Everyone else' };

function csvRows({ goal, result }: HoldoutReport) {
  return [
    ['group', 'goal', 'users', 'converted', 'rate', 'rate_low', 'rate_high', 'abs_lift', 'abs_lift_low', 'abs_lift_high', 'p_value', 'verdict'],
    ...(result?.arms ?? []).map((a) => [
      a.key, goal, a.exposed, a.converted, a.rate.estimate, a.rate.low, a.rate.high,
      a.vsControl?.absoluteLift.estimate ?? null, a.vsControl?.absoluteLift.low ?? null, a.vsControl?.absoluteLift.high ?? null, a.vsControl?.pValue ?? null, a.vsControl?.verdict ?? 'holdout',
    ]),
  ];
}

/**
 * What onboarding as a whole adds: users in the global holdout (who see none) against everyone
 * else onboarding reached, on one goal milestone; the same gates and alerts as an experiment.
 */
export function HoldoutSection({ client, filter }: { client: AnalyticsClient; filter: DashboardFilter }) {
  const state = useReport(() => client.holdout(filter), [client, filter]);
  const names = useNames();
  return (
    <section aria-labelledby="holdout-title" class="section" data-section="holdout">
      <div class="section-header">
        <h2 id="holdout-title">Global holdout</h2>
      </div>
      <ReportStatus state={state} label="the holdout results">
        {(report) => {
          const { holdout, result, goal, windowDays } = report;
          if (!holdout || !result) {
            return <p class="notice" role="status">The published bundle has no global holdout. Hold out a share of users in the builder's Experiments tab to measure what onboarding adds.</p>;
          }
          const onboarding = result.arms.find((a) => a.key === 'onboarding')!;
          const vs = onboarding.vsControl!;
          const headline = holdoutHeadline(result, { metric: names.metric(goal) });
          return (
            <article class="card" aria-labelledby="holdout-title">
              <header class="card-header">
                <span class="muted">
                  {percent(holdout.share, 0)} of users see no onboarding · goal <strong><Named name={names.milestone(goal)} id={goal} /></strong>{windowDays !== null ? ` within ${windowDays} days` : ''}
                </span>
                <span class="spacer" />
                <button type="button" onClick={() => downloadCsv('holdout.csv', csvRows(report))}>Export CSV</button>
              </header>
              <Headline text={headline.text} recommendation={headline.recommendation} basis={headline.basis} {...(result.gate.ready ? {} : { detail: gateDetail(result, (key) => LABEL[key] ?? key, 'each group') })} />
              {result.sampleRatioMismatch.alert ? (
                <div class="alert srm" role="alert">
                  <strong>Holdout share mismatch.</strong> {count(result.arms[0]!.exposed)} held out of {count(result.arms[0]!.exposed + onboarding.exposed)} users, but the share is {percent(holdout.share, 0)}{' '}
                  (p = {pValue(result.sampleRatioMismatch.pValue)}); no verdict until it is fixed.
                </div>
              ) : null}
              {onboarding.exposed > 0 && result.arms[0]!.exposed > 0 ? <LiftPlot arms={result.arms} control="the holdout" /> : null}
              <div class="table-wrap">
                <table class="data" aria-label="Global holdout against everyone else">
                  <thead>
                    <tr>
                      <th scope="col">Group</th>
                      <th scope="col" class="num">Users</th>
                      <th scope="col" class="num">Converted</th>
                      <th scope="col" class="num">Conversion (95% CI)</th>
                      <th scope="col" class="num">Lift vs holdout</th>
                      <th scope="col" class="num">Relative lift</th>
                      <th scope="col" class="num nowrap">p-value</th>
                      <th scope="col">Verdict</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.arms.map((arm) => (
                      <tr key={arm.key} data-group={arm.key}>
                        <th scope="row">{LABEL[arm.key] ?? arm.key}</th>
                        <td class="num" data-col="exposed">{count(arm.exposed)}</td>
                        <td class="num" data-col="converted">{count(arm.converted)}</td>
                        <td class="num" data-col="rate">{percent(arm.rate.estimate)} <span class="ci">({percent(arm.rate.low)}–{percent(arm.rate.high)})</span></td>
                        <td class="num" data-col="lift">{arm.vsControl ? <>{points(vs.absoluteLift.estimate)} <span class="ci">({pointsRange(vs.absoluteLift.low, vs.absoluteLift.high)})</span></> : '—'}</td>
                        <td class="num" data-col="relative">{arm.vsControl && vs.relativeLift ? <>{signedPercent(vs.relativeLift.estimate)} <span class="ci">({signedPercent(vs.relativeLift.low)} to {signedPercent(vs.relativeLift.high)})</span></> : '—'}</td>
                        <td class="num" data-col="p">{arm.vsControl ? pValue(vs.pValue) : '—'}</td>
                        <td data-col="verdict">{arm.vsControl ? <span class={`verdict ${vs.verdict}`}>{VERDICT[vs.verdict]}</span> : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          );
        }}
      </ReportStatus>
    </section>
  );
}
