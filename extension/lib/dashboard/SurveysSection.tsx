import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { count, percent } from './format.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { ScoreBars } from './ScoreBars.tsx';
import { useReport } from './useReport.ts';

const npsTone = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');
const scaleTone = (high: number) => (score: number) => (score >= high - 1 ? 'promoter' : score <= 2 ? 'detractor' : 'passive');

/** NPS with its distribution, CSAT and CES means, and the latest comments. */
export function SurveysSection({ client, filter }: { client: AnalyticsClient; filter: DashboardFilter }) {
  const state = useReport(() => client.surveys(filter), [client, filter]);
  return (
    <section aria-labelledby="surveys-title" class="section">
      <ReportStatus state={state} label="survey results">
        {({ surveys }) => (
          <>
            <div class="section-header">
              <h2 id="surveys-title">Surveys</h2>
              <span class="spacer" />
              <button
                type="button"
                onClick={() =>
                  downloadCsv('surveys.csv', [
                    ['kind', 'score', 'responses'],
                    ...(surveys.nps?.distribution.map((n, i) => ['nps', i, n]) ?? []),
                    ...(surveys.csat?.distribution.map((n, i) => ['csat', i + 1, n]) ?? []),
                    ...(surveys.ces?.distribution.map((n, i) => ['ces', i + 1, n]) ?? []),
                  ])
                }
              >
                Export CSV
              </button>
            </div>
            {!surveys.nps && !surveys.csat && !surveys.ces ? <p class="notice" role="status">Not enough data yet: no survey answers for these filters.</p> : null}
            <div class="survey-grid">
              {surveys.nps ? (
                <article class="card" aria-labelledby="nps-title">
                  <h3 id="nps-title">NPS</h3>
                  <p class="big" data-metric="nps">{surveys.nps.score.toFixed(0)}</p>
                  <p class="muted">
                    {count(surveys.nps.responses)} responses · {percent(surveys.nps.promoters / surveys.nps.responses, 0)} promoters · {percent(surveys.nps.passives / surveys.nps.responses, 0)} passives ·{' '}
                    {percent(surveys.nps.detractors / surveys.nps.responses, 0)} detractors
                  </p>
                  <ScoreBars label="NPS responses per score" distribution={surveys.nps.distribution} lowest={0} tone={npsTone} />
                </article>
              ) : null}
              {surveys.csat ? (
                <article class="card" aria-labelledby="csat-title">
                  <h3 id="csat-title">CSAT</h3>
                  <p class="big" data-metric="csat">{surveys.csat.mean.toFixed(2)} <span class="muted">/ 5</span></p>
                  <p class="muted">{count(surveys.csat.responses)} responses · {percent(surveys.csat.satisfied, 0)} satisfied (4–5)</p>
                  <ScoreBars label="CSAT responses per score" distribution={surveys.csat.distribution} lowest={1} tone={scaleTone(5)} />
                </article>
              ) : null}
              {surveys.ces ? (
                <article class="card" aria-labelledby="ces-title">
                  <h3 id="ces-title">Customer effort</h3>
                  <p class="big" data-metric="ces">{surveys.ces.mean.toFixed(2)} <span class="muted">/ 7</span></p>
                  <p class="muted">{count(surveys.ces.responses)} responses</p>
                  <ScoreBars label="Customer effort responses per score" distribution={surveys.ces.distribution} lowest={1} tone={scaleTone(7)} />
                </article>
              ) : null}
            </div>
            {surveys.comments.length ? (
              <details class="comments">
                <summary>Latest comments ({count(surveys.commentsTotal)})</summary>
                <ul>
                  {[...surveys.comments].reverse().slice(0, 50).map((c, i) => (
                    <li key={i}>
                      <span class="badge">{c.kind.toUpperCase()} {c.score}</span> {c.comment} <span class="muted">— {c.user}, {new Date(c.ts).toLocaleDateString()}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </>
        )}
      </ReportStatus>
    </section>
  );
}
