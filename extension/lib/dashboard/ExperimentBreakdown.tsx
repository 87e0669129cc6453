import { useState } from 'preact/hooks';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import type { Verdict } from '../../../shared/stats/analyzeExperiment.ts';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { BreakdownPicker, breakdownLabel } from './BreakdownPicker.tsx';
import { count, percent, points, pointsRange } from './format.ts';
import { useNames } from './Named.tsx';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

const VERDICT: Record<Verdict, string> = {
  not_enough_data: 'Not enough data',
  sample_ratio_mismatch: 'Split is off',
  better: 'Better',
  worse: 'Worse',
  inconclusive: 'No clear difference',
};

/** An experiment per segment (device, a trait): each arm's conversion and the lift, with the verdict each segment supports alone. */
export function ExperimentBreakdown({ client, filter, experimentKey }: { client: AnalyticsClient; filter: DashboardFilter; experimentKey: string }) {
  const names = useNames();
  const [by, setBy] = useState<Breakdown | null>(null);
  const options: Breakdown[] = [{ by: 'device' }, ...names.breakdownTraits.map((trait) => ({ by: 'trait' as const, trait }))];
  return (
    <section class="breakdown" aria-label="Breakdown" data-breakdown={experimentKey}>
      <BreakdownPicker id={`breakdown-${experimentKey}`} options={options} value={by} onChange={setBy} />
      {by ? <Segments client={client} filter={filter} experimentKey={experimentKey} by={by} /> : null}
    </section>
  );
}

function Segments({ client, filter, experimentKey, by }: { client: AnalyticsClient; filter: DashboardFilter; experimentKey: string; by: Breakdown }) {
  const names = useNames();
  const state = useReport(() => client.experimentBreakdown(experimentKey, by, filter), [client, filter, experimentKey, by.by, by.by === 'trait' ? by.trait : '']);
  return (
    <ReportStatus state={state} label="the breakdown">
      {({ segments }) => {
        const arms = segments[0]?.arms.map((a) => a.key) ?? [];
        return segments.length === 0 ? (
          <p class="muted" role="status">Nobody exposed in this range.</p>
        ) : (
          <table class="data" aria-label={`${experimentKey} by ${breakdownLabel(by).toLowerCase()}`}>
            <caption>Each segment judged on its own, with the same test as the headline: small segments stay “not enough data”.</caption>
            <thead>
              <tr>
                <th scope="col">{breakdownLabel(by)}</th>
                {arms.map((key) => <th key={key} scope="col" class="num">{names.variant(experimentKey, key)}</th>)}
                <th scope="col" class="num">Lift vs control</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {segments.map((s) => {
                const treated = s.result.arms.find((a) => a.vsControl);
                return (
                  <tr key={s.segment} data-segment={s.segment}>
                    <th scope="row">{s.segment}</th>
                    {s.result.arms.map((a) => <td key={a.key} class="num">{percent(a.rate.estimate)} <span class="ci">{count(a.converted)} of {count(a.exposed)}</span></td>)}
                    <td class="num">{treated?.vsControl ? <>{points(treated.vsControl.absoluteLift.estimate)} <span class="ci">({pointsRange(treated.vsControl.absoluteLift.low, treated.vsControl.absoluteLift.high)})</span></> : '—'}</td>
                    <td>{treated?.vsControl ? <span class={`verdict ${treated.vsControl.verdict}`}>{VERDICT[treated.vsControl.verdict]}</span> : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        );
      }}
    </ReportStatus>
  );
}
