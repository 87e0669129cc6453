import type { TrendDay } from '../../../shared/stats/experimentTrend.ts';
import { DailyBars } from './DailyBars.tsx';
import { dayLabel } from './dayLabel.ts';
import { count, percent, points, pointsRange } from './format.ts';
import { TrendChart } from './TrendChart.tsx';

const pts = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v * 100).toFixed(0)}`;

/**
 * An experiment over time: exposures per day, each arm's conversion so far, and the lift so far
 * with its always-valid interval (the band may be crossed by chance no more often than the
 * confidence allows, however many mornings it is read); the same numbers in a table.
 */
export function ExperimentTrend({ experimentKey, days, name, confidence }: { experimentKey: string; days: readonly TrendDay[]; name: (key: string) => string; confidence: number }) {
  if (days.length < 2) return null;
  const dates = days.map((d) => d.day);
  const arms = days[0]!.arms.map((a) => a.key);
  const treated = days[0]!.lifts.map((l) => l.key);
  const last = days.at(-1)!;
  const level = percent(confidence, 0);
  const exposures = days.map((d) => d.arms.reduce((n, a) => n + a.exposedToday, 0));
  const liftSummary = last.lifts.map((l) => `${name(l.key)} ${points(l.lift.estimate)} (${level} always-valid interval ${pointsRange(l.lift.low, l.lift.high)})`).join('; ');
  return (
    <section class="trend-block" aria-label="Over time" data-trend={experimentKey}>
      <h4>Over time</h4>
      <div class="trend-grid">
        <figure class="chart small">
          <figcaption>Users exposed per day</figcaption>
          <DailyBars days={dates} values={exposures} unit="users exposed" label={`Users exposed per day, ${dayLabel(dates[0]!)} to ${dayLabel(dates.at(-1)!)}: ${count(exposures.reduce((a, b) => a + b, 0))} in all.`} />
        </figure>
        <figure class="chart small">
          <figcaption>Conversion so far</figcaption>
          <TrendChart
            id={`${experimentKey}-rate`}
            days={dates}
            format={(v) => percent(v, 0)}
            label={`Conversion so far by day. On ${dayLabel(last.day)}: ${last.arms.map((a) => `${name(a.key)} ${percent(a.rate)}`).join(', ')}.`}
            lines={arms.map((key, i) => ({ key, label: name(key), values: days.map((d) => (d.arms[i]!.exposed > 0 ? d.arms[i]!.rate : null)) }))}
          />
          <ul class="legend">{arms.map((key, i) => <li key={key} class={`series-${i}`}>{name(key)}</li>)}</ul>
        </figure>
        <figure class="chart small">
          <figcaption>Lift so far, with its {level} always-valid interval</figcaption>
          <TrendChart
            id={`${experimentKey}-lift`}
            days={dates}
            zero
            format={pts}
            label={`Lift over control so far by day, in points. On ${dayLabel(last.day)}: ${liftSummary}.`}
            lines={treated.map((key, i) => ({
              key,
              label: name(key),
              tone: arms.indexOf(key),
              values: days.map((d) => (d.arms.every((a) => a.exposed > 0) ? d.lifts[i]!.lift.estimate : null)),
              band: days.map((d) => (d.arms.every((a) => a.exposed > 0) ? d.lifts[i]!.lift : null)),
            }))}
          />
          <p class="chart-note">Points vs control. Safe to read every day: the band is wide enough for it.</p>
        </figure>
      </div>
      <details class="by-day">
        <summary>Numbers by day</summary>
        <table class="data" aria-label={`By day: ${experimentKey}`}>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {arms.map((key) => <th key={key} scope="col" class="num">{name(key)}: exposed (so far), conversion</th>)}
              {treated.map((key) => <th key={key} scope="col" class="num">Lift of {name(key)} ({level} always-valid)</th>)}
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row">{dayLabel(d.day)}</th>
                {d.arms.map((a) => <td key={a.key} class="num">{count(a.exposedToday)} ({count(a.exposed)}), {percent(a.rate)}</td>)}
                {d.lifts.map((l) => <td key={l.key} class="num">{points(l.lift.estimate)} <span class="ci">({pointsRange(l.lift.low, l.lift.high)})</span></td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
