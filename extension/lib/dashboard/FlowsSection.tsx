import { useState } from 'preact/hooks';
import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { brokenStepsLabel, type BrokenStep } from './fetchBrokenSteps.ts';
import { count, percent } from './format.ts';
import { FlowDetail } from './FlowDetail.tsx';
import type { FlowsReport } from './reports.ts';

/** Every flow with its starts and completions; the chosen one's funnel below. */
export function FlowsSection({ client, filter, report, broken = [] }: { client: AnalyticsClient; filter: DashboardFilter; report: FlowsReport; broken?: BrokenStep[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const flows = report.flows;
  const current = flows.find((f) => f.id === selected) ?? flows.find((f) => f.started > 0 && f.steps.length > 1) ?? flows.find((f) => f.started > 0) ?? flows[0];
  const rows = [['flow', 'name', 'kind', 'version', 'started', 'completed', 'dismissed', 'completion_rate'], ...flows.map((f) => [f.id, f.name, f.kind, f.version, f.started, f.completed, f.dismissed, f.completionRate])];
  return (
    <section aria-labelledby="flows-title" class="section">
      <div class="section-header">
        <h2 id="flows-title">Flows</h2>
        <span class="spacer" />
        <button type="button" onClick={() => downloadCsv('flows.csv', rows)}>Export CSV</button>
      </div>
      {flows.length === 0 ? (
        <p class="notice" role="status">No flows are published and no flow events have arrived yet.</p>
      ) : (
        <>
          <table class="data" aria-label="Flows">
            <thead>
              <tr>
                <th scope="col">Flow</th>
                <th scope="col">Kind</th>
                <th scope="col" class="num">Started</th>
                <th scope="col" class="num">Completed</th>
                <th scope="col" class="num">Dismissed</th>
                <th scope="col" class="num">Completion</th>
                <th scope="col"><span class="visually-hidden">Funnel</span></th>
              </tr>
            </thead>
            <tbody>
              {flows.map((f) => (
                <tr key={f.id} data-flow-row={f.id} aria-current={f === current ? 'true' : undefined}>
                  <th scope="row">{f.name}{f.inRelease ? null : <span class="badge">not in this release</span>}<BrokenBadge steps={broken.filter((b) => b.flowId === f.id)} /></th>
                  <td>{f.kind ?? '—'}</td>
                  <td class="num">{count(f.started)}</td>
                  <td class="num">{count(f.completed)}</td>
                  <td class="num">{count(f.dismissed)}</td>
                  <td class="num">{percent(f.completionRate)}</td>
                  <td>
                    <button type="button" aria-pressed={f === current} onClick={() => setSelected(f.id)} aria-label={`Show the funnel of ${f.name}`}>Funnel</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {current ? <FlowDetail key={current.id} client={client} filter={filter} flow={current} /> : null}
        </>
      )}
    </section>
  );
}

function BrokenBadge({ steps }: { steps: BrokenStep[] }) {
  if (!steps.length) return null;
  const { text, title } = brokenStepsLabel(steps);
  return <span class="badge badge-danger" title={title} data-broken-steps={steps.length}>{text}</span>;
}
