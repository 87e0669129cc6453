import { useEffect, useMemo, useState } from 'preact/hooks';
import { AnalyticsClient, type Connection, type DashboardFilter } from './AnalyticsClient.ts';
import { ConnectForm } from './ConnectForm.tsx';
import { loadConnection, saveConnection } from './connectionStore.ts';
import { fetchBrokenSteps } from './fetchBrokenSteps.ts';
import { ExperimentsSection } from './ExperimentsSection.tsx';
import { FilterBar } from './FilterBar.tsx';
import { FlowsSection } from './FlowsSection.tsx';
import { HoldoutSection } from './HoldoutSection.tsx';
import { JourneySection } from './JourneySection.tsx';
import { NamesContext } from './Named.tsx';
import { releaseNames, type ReleaseNames } from './releaseNames.ts';
import { ReportStatus } from './ReportStatus.tsx';
import { SurveysSection } from './SurveysSection.tsx';
import { ResourceCenterSection } from './ResourceCenterSection.tsx';
import { useReport } from './useReport.ts';

/** The analytics dashboard: experiments, flows, the journey map and surveys of one project. */
export function Dashboard() {
  const [connection, setConnection] = useState<Connection | null | undefined>(undefined);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void loadConnection().then(setConnection);
  }, []);
  if (connection === undefined) return <p class="muted" role="status">Loading…</p>;
  if (connection === null || editing) {
    return (
      <main class="dashboard">
        <h1>Waymark analytics</h1>
        <ConnectForm
          initial={connection}
          onConnect={(next) => {
            void saveConnection(next);
            setConnection(next);
            setEditing(false);
          }}
          {...(connection ? { onCancel: () => setEditing(false) } : {})}
        />
      </main>
    );
  }
  return <Reports connection={connection} onChangeConnection={() => setEditing(true)} />;
}

function Reports({ connection, onChangeConnection }: { connection: Connection; onChangeConnection: () => void }) {
  const client = useMemo(() => new AnalyticsClient(connection), [connection]);
  const [filter, setFilter] = useState<DashboardFilter>({ env: 'production' });
  const [refresh, setRefresh] = useState(0);
  const reports = useReport(async () => {
    const [flows, experiments, broken] = await Promise.all([client.flows(filter), client.experiments(filter), fetchBrokenSteps(connection)]);
    // Names are a nicety: without the release the reports still read, by id.
    const release = await client.release(flows.release.version).catch(() => null);
    return { flows, experiments, names: releaseNames(release), broken: broken.filter((b) => b.env === filter.env) };
  }, [client, filter, refresh]);
  // The last release's names, kept while a new filter loads so the variant filter does not flicker back to ids.
  const [names, setNames] = useState<ReleaseNames | null>(null);
  useEffect(() => {
    if (reports.status === 'ready') setNames(reports.data.names);
  }, [reports]);
  // A new object on refresh so every section reloads.
  const scoped = useMemo(() => ({ ...filter }), [filter, refresh]);
  return (
    <main class="dashboard">
      <header class="top">
        <h1>Waymark analytics</h1>
        <span class="muted">
          {connection.serverUrl}
          {reports.status === 'ready' ? ` · release ${reports.data.flows.release.version} (${reports.data.flows.release.env ?? 'pinned'})` : ''}
        </span>
        <span class="spacer" />
        <button type="button" onClick={() => setRefresh((n) => n + 1)}>Refresh</button>
        <button type="button" onClick={onChangeConnection}>Change server</button>
      </header>
      <FilterBar filter={filter} experiments={reports.status === 'ready' ? reports.data.experiments : null} names={names} onChange={setFilter} />
      <nav class="toc" aria-label="Sections">
        <a href="#experiments-title">Experiments</a>
        <a href="#holdout-title">Global holdout</a>
        <a href="#flows-title">Flows</a>
        <a href="#journey-title">Journey map</a>
        <a href="#surveys-title">Surveys</a>
        <a href="#resource-center-title">Resource center</a>
      </nav>
      <ReportStatus state={reports} label="the project's reports">
        {({ flows, experiments, names, broken }) => (
          <NamesContext.Provider value={names}>
            <ExperimentsSection report={experiments} client={client} filter={scoped} />
            <HoldoutSection client={client} filter={scoped} />
            <FlowsSection client={client} filter={scoped} report={flows} broken={broken} />
            <JourneySection client={client} filter={scoped} />
            <SurveysSection client={client} filter={scoped} />
            <ResourceCenterSection client={client} filter={scoped} />
          </NamesContext.Provider>
        )}
      </ReportStatus>
    </main>
  );
}
