import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { count, percent } from './format.ts';
import { biggestDrop } from './biggestDrop.ts';
import { FlowBreakdown } from './FlowBreakdown.tsx';
import { FlowTrend } from './FlowTrend.tsx';
import { FunnelChart } from './FunnelChart.tsx';
import { Named, useNames } from './Named.tsx';
import type { FlowSummary } from './reports.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

/** One flow: its funnel with drop-off and anchor-missing rates per step, goal conversion, checklist items. */
export function FlowDetail({ client, filter, flow }: { client: AnalyticsClient; filter: DashboardFilter; flow: FlowSummary }) {
  const state = useReport(
    async () => {
      const [funnel, anchors, goal, checklist] = await Promise.all([
        client.funnel(flow.id, filter),
        client.anchors(flow.id, filter),
        flow.goal ? client.goal(flow.id, filter) : Promise.resolve(null),
        flow.kind === 'checklist' ? client.checklist(flow.id, filter) : Promise.resolve(null),
      ]);
      return { funnel: funnel.funnel, anchors: anchors.steps, goal, checklist: checklist?.checklist ?? null };
    },
    [client, filter, flow.id],
  );
  const titleId = `flow-${flow.id}`;
  const names = useNames();
  const stepName = (stepId: string) => names.step(flow.id, stepId);
  return (
    <article class="card" aria-labelledby={titleId} data-flow={flow.id}>
      <ReportStatus state={state} label={`the funnel of ${flow.name}`}>
        {({ funnel, anchors, goal, checklist }) => {
          const missing = new Map(anchors.map((a) => [a.stepId, a]));
          const drop = biggestDrop(funnel);
          const dropMissing = drop ? missing.get(drop.stepId) : undefined;
          const rows = [
            ['flow', 'step', 'shown', 'dropped_off', 'drop_off_rate', 'closed_here', 'anchor_missing', 'anchor_missing_rate'],
            ...funnel.steps.map((s) => [flow.id, s.stepId, s.users, s.dropOff, s.dropOffRate, s.dismissed, missing.get(s.stepId)?.missing ?? 0, missing.get(s.stepId)?.rate ?? 0]),
          ];
          return (
            <>
              <header class="card-header">
                <h3 id={titleId}>{flow.name}</h3>
                <span class="muted">{flow.kind ?? 'flow'} · v{flow.version ?? '?'} · {count(funnel.started)} started · {percent(funnel.completionRate)} completed</span>
                <span class="spacer" />
                <button type="button" onClick={() => downloadCsv(`funnel-${flow.id}.csv`, rows)}>Export CSV</button>
              </header>
              {funnel.started === 0 && funnel.steps.every((s) => s.users === 0) ? <p class="notice" role="status">No data yet for this flow with these filters.</p> : <FunnelChart funnel={funnel} name={stepName} biggestDrop={drop?.stepId ?? null} />}
              {drop ? (
                <p class="callout" data-biggest-drop={drop.stepId}>
                  <strong>Biggest drop: {stepName(drop.stepId)}.</strong> {count(drop.dropOff)} of {count(drop.users)} users shown it left the flow there ({percent(drop.dropOffRate)});{' '}
                  {count(drop.dismissed)} closed it ({percent(drop.users ? drop.dismissed / drop.users : 0)}) and its element was missing for {dropMissing ? `${count(dropMissing.missing)} (${percent(dropMissing.rate)})` : 'nobody'}.
                  {dropMissing && dropMissing.rate > 0.02 ? ' Check its anchor on the page first.' : drop.users && drop.dismissed / drop.users > 0.2 ? ' Users close it on purpose: shorten the step or make its value clearer.' : ''}
                </p>
              ) : null}
              {goal ? (
                <p>
                  Goal <strong><Named name={names.milestone(goal.goal)} id={goal.goal} /></strong>: {count(goal.conversion.converted)} of {count(goal.conversion.users)} who started reached it
                  {goal.windowDays ? ` within ${goal.windowDays} days` : ''} — <strong>{percent(goal.conversion.rate.estimate)}</strong>{' '}
                  <span class="ci">(95% CI {percent(goal.conversion.rate.low)}–{percent(goal.conversion.rate.high)})</span>
                </p>
              ) : null}
              {funnel.steps.length ? (
                <table class="data" aria-label={`Steps of ${flow.name}`}>
                  <thead>
                    <tr>
                      <th scope="col">Step</th>
                      <th scope="col" class="num">Shown to</th>
                      <th scope="col" class="num"><abbr title="Users for whom this was the furthest step and who did not complete the flow (not the step-to-step difference when users skip steps)">Left the flow here</abbr></th>
                      <th scope="col" class="num">Share who left</th>
                      <th scope="col" class="num">Closed here</th>
                      <th scope="col" class="num">Anchor missing</th>
                    </tr>
                  </thead>
                  <tbody>
                    {funnel.steps.map((s) => {
                      const m = missing.get(s.stepId);
                      return (
                        <tr key={s.stepId} data-step={s.stepId} class={drop?.stepId === s.stepId ? 'biggest-drop' : undefined}>
                          <th scope="row"><Named name={stepName(s.stepId)} id={s.stepId} />{drop?.stepId === s.stepId ? <span class="badge badge--bad">biggest drop</span> : null}</th>
                          <td class="num">{count(s.users)}</td>
                          <td class="num">{count(s.dropOff)}</td>
                          <td class="num">{percent(s.dropOffRate)}</td>
                          <td class="num">{count(s.dismissed)}</td>
                          <td class={m && m.rate > 0.02 ? 'num warn' : 'num'}>{m ? `${count(m.missing)} (${percent(m.rate)})` : '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              ) : null}
              {checklist ? (
                <table class="data" aria-label={`Checklist items of ${flow.name}`}>
                  <caption>
                    {count(checklist.users)} users had the checklist; {count(checklist.completedAll)} completed every item
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Item</th>
                      <th scope="col" class="num">Completed by</th>
                      <th scope="col" class="num">Rate</th>
                    </tr>
                  </thead>
                  <tbody>
                    {checklist.items.map((item) => (
                      <tr key={item.item}>
                        <th scope="row"><Named name={names.item(flow.id, item.item)} id={item.item} /></th>
                        <td class="num">{count(item.completed)}</td>
                        <td class="num">{percent(item.rate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              <FlowBreakdown client={client} filter={filter} flowId={flow.id} flowName={flow.name} />
              <FlowTrend client={client} filter={filter} flowId={flow.id} flowName={flow.name} />
            </>
          );
        }}
      </ReportStatus>
    </article>
  );
}
