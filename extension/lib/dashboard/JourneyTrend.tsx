import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { DailyBars } from './DailyBars.tsx';
import { dayLabel } from './dayLabel.ts';
import { count } from './format.ts';
import { stageLabel } from './stageAdvice.ts';
import { useReport } from './useReport.ts';

/** The journey over time: people arriving at each stage per day, one small chart per stage. */
export function JourneyTrend({ client, filter }: { client: AnalyticsClient; filter: DashboardFilter }) {
  const state = useReport(() => client.journeyDaily(filter), [client, filter]);
  if (state.status !== 'ready' || state.data.days.length < 2) return null;
  const { stages, days } = state.data;
  const dates = days.map((d) => d.day);
  return (
    <section class="trend-block" aria-label="Journey over time" data-journey-trend>
      <h4>Arrivals per day at each stage</h4>
      <div class="trend-grid">
        {stages.map((stage, i) => {
          const values = days.map((d) => d.reached[i] ?? 0);
          return (
            <figure class="chart small" key={stage} data-stage-trend={stage}>
              <figcaption>{stageLabel(stage)}</figcaption>
              <DailyBars days={dates} values={values} unit={`reached ${stageLabel(stage).toLowerCase()}`} label={`People first reaching ${stageLabel(stage)} per day, ${dayLabel(dates[0]!)} to ${dayLabel(dates.at(-1)!)}: ${count(values.reduce((a, b) => a + b, 0))} in all.`} />
            </figure>
          );
        })}
      </div>
      <details class="by-day">
        <summary>Numbers by day</summary>
        <table class="data" aria-label="Journey arrivals by day">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {stages.map((s) => <th key={s} scope="col" class="num">{stageLabel(s)}</th>)}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                {d.reached.map((n, i) => <td key={stages[i]} class="num">{count(n)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
