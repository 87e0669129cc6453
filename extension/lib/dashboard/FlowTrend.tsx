import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { DailyBars } from './DailyBars.tsx';
import { dayLabel } from './dayLabel.ts';
import { count, percent } from './format.ts';
import { TrendChart } from './TrendChart.tsx';
import { useReport } from './useReport.ts';

/** A flow over time: people starting it per day, and how many of each day's starters completed it. */
export function FlowTrend({ client, filter, flowId, flowName }: { client: AnalyticsClient; filter: DashboardFilter; flowId: string; flowName: string }) {
  const state = useReport(() => client.flowDaily(flowId, filter), [client, filter, flowId]);
  if (state.status !== 'ready' || state.data.days.length < 2) return null;
  const days = state.data.days;
  const dates = days.map((d) => d.day);
  const rate = (d: (typeof days)[number]) => (d.started > 0 ? d.startersCompleted / d.started : null);
  const started = days.reduce((n, d) => n + d.started, 0);
  return (
    <section class="trend-block" aria-label={`${flowName} over time`} data-flow-trend={flowId}>
      <h4>Over time</h4>
      <div class="trend-grid">
        <figure class="chart small">
          <figcaption>People starting it per day</figcaption>
          <DailyBars days={dates} values={days.map((d) => d.started)} unit="started" label={`People starting ${flowName} per day, ${dayLabel(dates[0]!)} to ${dayLabel(dates.at(-1)!)}: ${count(started)} in all.`} />
        </figure>
        <figure class="chart small">
          <figcaption>Completion of each day's starters</figcaption>
          <TrendChart
            id={`flow-${flowId}-completion`}
            days={dates}
            format={(v) => percent(v, 0)}
            label={`Share of each day's starters of ${flowName} who completed it, ${dayLabel(dates[0]!)} to ${dayLabel(dates.at(-1)!)}.`}
            lines={[{ key: 'completion', label: 'Completed', values: days.map(rate), tone: 1 }]}
          />
          <p class="chart-note">Recent days are still filling in: their starters may complete later.</p>
        </figure>
      </div>
      <details class="by-day">
        <summary>Numbers by day</summary>
        <table class="data" aria-label={`${flowName} by day`}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col" class="num">Started</th>
              <th scope="col" class="num">Of them completed</th>
              <th scope="col" class="num">Completed that day</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                <td class="num">{count(d.started)}</td>
                <td class="num">{count(d.startersCompleted)}{d.started ? ` (${percent(d.startersCompleted / d.started)})` : ''}</td>
                <td class="num">{count(d.completed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
