import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { count, duration, percent } from './format.ts';
import { JourneyChart } from './JourneyChart.tsx';
import { JourneyTrend } from './JourneyTrend.tsx';
import { Named, useNames } from './Named.tsx';
import { STAGE_ADVICE, stageLabel } from './stageAdvice.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

/** The journey map with the friction point called out in words as well as in the chart. */
export function JourneySection({ client, filter }: { client: AnalyticsClient; filter: DashboardFilter }) {
  const state = useReport(() => client.journey(filter), [client, filter]);
  const names = useNames();
  return (
    <section aria-labelledby="journey-title" class="section">
      <ReportStatus state={state} label="the journey map">
        {({ journey }) => (
          <>
            <div class="section-header">
              <h2 id="journey-title">Journey map</h2>
              <span class="muted">{count(journey.users)} users seen</span>
              <span class="spacer" />
              <button
                type="button"
                onClick={() =>
                  downloadCsv('journey.csv', [
                    ['stage', 'milestones', 'users', 'conversion_from_previous', 'median_time_in_stage_ms', 'friction_point'],
                    ...journey.stages.map((s) => [s.stage, s.milestones.join(' '), s.users, s.conversion, s.medianTimeInStageMs, journey.frictionPoint?.to === s.stage ? 'yes' : '']),
                  ])
                }
              >
                Export CSV
              </button>
            </div>
            {journey.stages.length === 0 ? (
              <p class="notice" role="status">The published bundle has no milestones, so there are no journey stages to map.</p>
            ) : journey.users === 0 ? (
              <p class="notice" role="status">Not enough data yet: no events have arrived for these filters.</p>
            ) : (
              <>
                {journey.frictionPoint ? (
                  <p class="friction-callout" data-friction={journey.frictionPoint.to}>
                    <strong>Friction point:</strong> {journey.frictionPoint.from ? stageLabel(journey.frictionPoint.from) : 'First seen'} → {stageLabel(journey.frictionPoint.to)}: only {percent(journey.frictionPoint.conversion)} move on.
                    {' '}Try {STAGE_ADVICE[journey.frictionPoint.to]}.
                  </p>
                ) : null}
                <JourneyChart journey={journey} />
                <table class="data" aria-label="Journey stages">
                  <caption>
                    Users: people who reached any milestone of the stage. Moved on: of the people in the previous stage, the share who also reached this one
                    (people who skipped the previous stage count in Users but not here); the first stage is over everyone seen.
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Stage</th>
                      <th scope="col">Milestones</th>
                      <th scope="col" class="num">Users</th>
                      <th scope="col" class="num">Moved on from the previous stage</th>
                      <th scope="col" class="num">Median time to next stage</th>
                    </tr>
                  </thead>
                  <tbody>
                    {journey.stages.map((s, i) => {
                      const previous = i > 0 ? journey.stages[i - 1]! : null;
                      const base = previous ? previous.users : journey.users;
                      const movedOn = Math.round(s.conversion * base);
                      return (
                      <tr key={s.stage} data-stage-row={s.stage} class={journey.frictionPoint?.to === s.stage ? 'friction-row' : undefined}>
                        <th scope="row">{stageLabel(s.stage)}</th>
                        <td>{s.milestones.map((m, j) => <>{j ? ', ' : ''}<Named name={names.milestone(m)} id={m} /></>)}</td>
                        <td class="num">{count(s.users)}</td>
                        <td class="num" data-col="moved-on">{percent(s.conversion)} <span class="ci">{count(movedOn)} of {count(base)} {previous ? `in ${previous.stage}` : 'seen'}</span></td>
                        <td class="num">{duration(s.medianTimeInStageMs)}</td>
                      </tr>
                      );
                    })}
                  </tbody>
                </table>
                <JourneyTrend client={client} filter={filter} />
              </>
            )}
          </>
        )}
      </ReportStatus>
    </section>
  );
}
