import type { AnalyticsClient, DashboardFilter } from './AnalyticsClient.ts';
import { downloadCsv } from './csv.ts';
import { count, percent } from './format.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { useReport } from './useReport.ts';

const KIND_NAMES: Record<string, string> = { help: 'Help article', tour: 'Tour', 'whats-new': "What's new" };

/** The resource center's use: opens, searches and what they did not find, the items people click, tours replayed. */
export function ResourceCenterSection({ client, filter }: { client: AnalyticsClient; filter: DashboardFilter }) {
  const state = useReport(() => client.resourceCenter(filter), [client, filter]);
  return (
    <section aria-labelledby="resource-center-title" class="section" data-section="resource-center">
      <ReportStatus state={state} label="resource center use">
        {({ usage, names, resourceCenters }) => (
          <>
            <div class="section-header">
              <h2 id="resource-center-title">Resource center</h2>
              <span class="spacer" />
              <button
                type="button"
                onClick={() =>
                  downloadCsv('resource-center.csv', [
                    ['metric', 'key', 'count', 'people'],
                    ['opens', '', usage.opens, usage.openers],
                    ['searches', '', usage.searches, null],
                    ['no_result_searches', '', usage.noResultSearches, null],
                    ['contacts', '', usage.contacts, null],
                    ...usage.noResultQueries.map((q) => ['no_result_query', q.query, q.searches, q.people]),
                    ...usage.items.map((i) => ['item_clicks', i.item, i.clicks, i.people]),
                    ...usage.toursReplayed.map((t) => ['tour_replays', t.tour, t.replays, t.people]),
                  ])
                }
              >
                Export CSV
              </button>
            </div>
            {usage.opens === 0 ? (
              <p class="notice" role="status">
                {resourceCenters.length ? 'Not enough data yet: nobody opened the resource center with these filters.' : 'This release has no resource center: create one in the builder (New flow → Resource center).'}
              </p>
            ) : null}
            <div class="rc-metrics" role="list" aria-label="Resource center totals">
              <div class="card" role="listitem"><h3>Opens</h3><p class="big" data-metric="rc-opens">{count(usage.opens)}</p><p class="muted">{count(usage.openers)} people</p></div>
              <div class="card" role="listitem"><h3>Searches</h3><p class="big" data-metric="rc-searches">{count(usage.searches)}</p><p class="muted">{usage.searches ? `${percent(usage.noResultSearches / usage.searches, 0)} found nothing` : 'none yet'}</p></div>
              <div class="card" role="listitem"><h3>No result</h3><p class="big" data-metric="rc-no-result">{count(usage.noResultSearches)}</p><p class="muted">searches that found nothing</p></div>
              <div class="card" role="listitem"><h3>Tours replayed</h3><p class="big" data-metric="rc-replays">{count(usage.toursReplayed.reduce((n, t) => n + t.replays, 0))}</p><p class="muted">from the resource center</p></div>
              <div class="card" role="listitem"><h3>Contacts</h3><p class="big" data-metric="rc-contacts">{count(usage.contacts)}</p><p class="muted">asked for help</p></div>
            </div>
            <div class="rc-tables">
              <article class="card" aria-labelledby="rc-no-result-title">
                <h3 id="rc-no-result-title">Searches with no result</h3>
                {usage.noResultQueries.length ? (
                  <table class="data" aria-labelledby="rc-no-result-title">
                    <thead><tr><th scope="col">Query</th><th scope="col" class="num">Searches</th><th scope="col" class="num">People</th></tr></thead>
                    <tbody>
                      {usage.noResultQueries.map((q) => (
                        <tr key={q.query} data-query={q.query}><td>{q.query}</td><td class="num">{count(q.searches)}</td><td class="num">{count(q.people)}</td></tr>
                      ))}
                    </tbody>
                  </table>
                ) : <p class="muted">Every search found something.</p>}
              </article>
              <article class="card" aria-labelledby="rc-items-title">
                <h3 id="rc-items-title">Most clicked</h3>
                {usage.items.length ? (
                  <table class="data" aria-labelledby="rc-items-title">
                    <thead><tr><th scope="col">Item</th><th scope="col">Kind</th><th scope="col" class="num">Clicks</th><th scope="col" class="num">People</th></tr></thead>
                    <tbody>
                      {usage.items.map((i) => (
                        <tr key={`${i.section}/${i.item}/${i.kind}`} data-item={i.item}>
                          <td title={i.item}>{names.items[i.item] ?? i.item}</td>
                          <td>{KIND_NAMES[i.kind] ?? i.kind}</td>
                          <td class="num">{count(i.clicks)}</td>
                          <td class="num">{count(i.people)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : <p class="muted">No clicks yet.</p>}
              </article>
              <article class="card" aria-labelledby="rc-tours-title">
                <h3 id="rc-tours-title">Tours replayed</h3>
                {usage.toursReplayed.length ? (
                  <table class="data" aria-labelledby="rc-tours-title">
                    <thead><tr><th scope="col">Tour</th><th scope="col" class="num">Replays</th><th scope="col" class="num">People</th></tr></thead>
                    <tbody>
                      {usage.toursReplayed.map((t) => (
                        <tr key={t.tour} data-tour={t.tour}><td title={t.tour}>{names.flows[t.tour] ?? t.tour}</td><td class="num">{count(t.replays)}</td><td class="num">{count(t.people)}</td></tr>
                      ))}
                    </tbody>
                  </table>
                ) : <p class="muted">No tour replayed yet.</p>}
              </article>
            </div>
          </>
        )}
      </ReportStatus>
    </section>
  );
}
