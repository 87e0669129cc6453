import { useState } from 'preact/hooks';
import type { Breakdown } from '../../../shared/analytics/segmentOf.ts';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { BreakdownPicker, breakdownLabel } from './BreakdownPicker.tsx';
import { count, percent } from './format.ts';
import { useNames } from './Named.tsx';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

/** A flow's starts and completion per segment: device, flow version, or a trait. */
export function FlowBreakdown({ client, filter, flowId, flowName }: { client: AnalyticsClient; filter: DashboardFilter; flowId: string; flowName: string }) {
  const names = useNames();
  const [by, setBy] = useState<Breakdown | null>(null);
  const options: Breakdown[] = [{ by: 'device' }, { by: 'version' }, ...names.breakdownTraits.map((trait) => ({ by: 'trait' as const, trait }))];
  return (
    <section class="breakdown" aria-label={`Breakdown of ${flowName}`} data-flow-breakdown={flowId}>
      <BreakdownPicker id={`flow-breakdown-${flowId}`} options={options} value={by} onChange={setBy} />
      {by ? <Segments client={client} filter={filter} flowId={flowId} flowName={flowName} by={by} /> : null}
    </section>
  );
}

function Segments({ client, filter, flowId, flowName, by }: { client: AnalyticsClient; filter: DashboardFilter; flowId: string; flowName: string; by: Breakdown }) {
  const state = useReport(() => client.flowBreakdown(flowId, by, filter), [client, filter, flowId, by.by, by.by === 'trait' ? by.trait : '']);
  return (
    <ReportStatus state={state} label="the breakdown">
      {({ segments }) => {
        return segments.length === 0 ? (
          <p class="muted" role="status">Nobody started this flow with these filters.</p>
        ) : (
          <table class="data" aria-label={`${flowName} by ${breakdownLabel(by).toLowerCase()}`}>
            <thead>
              <tr>
                <th scope="col">{breakdownLabel(by)}</th>
                <th scope="col" class="num">Started</th>
                <th scope="col" class="num">Completed</th>
                <th scope="col" class="num">Completion</th>
                <th scope="col"><span class="visually-hidden">Share</span></th>
              </tr>
            </thead>
            <tbody>
              {segments.map((s) => (
                <tr key={s.segment} data-segment={s.segment}>
                  <th scope="row">{s.segment}</th>
                  <td class="num">{count(s.started)}</td>
                  <td class="num">{count(s.completed)}</td>
                  <td class="num">{percent(s.completionRate)}</td>
                  <td class="meter-cell" aria-hidden="true"><svg viewBox="0 0 100 8" class="meter" preserveAspectRatio="none"><rect width="100" height="8" rx="2" class="meter-track" /><rect width={Math.max(1, s.completionRate * 100)} height="8" rx="2" class="meter-fill" /></svg></td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      }}
    </ReportStatus>
  );
}
