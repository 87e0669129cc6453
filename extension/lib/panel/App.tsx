import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { Connection } from '../dashboard/AnalyticsClient.ts';
import { flowStatus } from '../flows/flowStatus.ts';
import { ENVIRONMENTS, type Environment, type ExperimentSettings, type FlowRecord, type FlowRepository, type ReleaseSummary } from '../storage/FlowRepository.ts';
import { ApiRequestError } from '../../../shared/api/ApiRequestError.ts';
import { Button } from '../ui/Button.tsx';
import { ArrowLeft } from '../ui/icons.ts';
import { Tabs } from '../ui/Tabs.tsx';
import { ToastProvider } from '../ui/Toast.tsx';
import { BundleView } from './BundleView.tsx';
import { describeConnectError } from './describeConnectError.ts';
import { Diagnostics } from './Diagnostics.tsx';
import { ExperimentsView } from './ExperimentsView.tsx';
import { FlowsView } from './FlowsView.tsx';
import { Header, type MenuView } from './Header.tsx';
import { HealthView } from './HealthView.tsx';
import { MilestonesView } from './MilestonesView.tsx';
import type { PageConnection } from './PageConnection.ts';
import { PanelContext, type Panel } from './PanelContext.ts';
import { ReleasesView } from './ReleasesView.tsx';
import { ServerSection } from './ServerSection.tsx';
import { SitesView } from './SitesView.tsx';

type Tab = 'flows' | 'milestones' | 'experiments' | 'health';
const TABS: ReadonlyArray<readonly [Tab, string]> = [['flows', 'Flows'], ['milestones', 'Milestones'], ['experiments', 'Experiments'], ['health', 'Health']];
const MENU_TITLES: Record<MenuView, string> = { releases: 'Releases and rollback', bundle: 'Export / import', server: 'Team server', sites: 'Connected sites' };
const ENV_KEY = 'waymark.panel.env';

const storedEnv = (): Environment => (localStorage.getItem(ENV_KEY) === 'staging' ? 'staging' : 'production');

/** The PM's workspace in the side panel. */
export function App({ repo, connection, server = null }: { repo: FlowRepository; connection: PageConnection; server?: Connection | null }) {
  const [flows, setFlows] = useState<FlowRecord[]>([]);
  const [milestones, setMilestones] = useState<Milestone[]>([]);
  const [experiments, setExperiments] = useState<ExperimentSettings>({ experiments: [] });
  const [live, setLive] = useState<Partial<Record<Environment, Bundle>>>({});
  const [releases, setReleases] = useState<ReleaseSummary[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [env, setEnvState] = useState<Environment>(storedEnv);
  const [tab, setTab] = useState<Tab>('flows');
  const [menuView, setMenuView] = useState<MenuView | null>(null);

  const reload = async () => {
    try {
      const [f, m, e, r, ...bundles] = await Promise.all([repo.listFlows(), repo.listMilestones(), repo.getExperiments(), repo.releases(), ...ENVIRONMENTS.map((x) => repo.liveBundle(x))]);
      setFlows(f);
      setMilestones(m);
      setExperiments(e);
      setReleases(r);
      setLive(Object.fromEntries(ENVIRONMENTS.map((x, i) => [x, bundles[i]]).filter(([, b]) => b)));
      setLoadError(null);
    } catch (error) {
      if (error instanceof ApiRequestError && server) {
        const { title, detail } = describeConnectError(server.serverUrl, { status: error.status, code: error.code, message: error.reason });
        setLoadError(`${title}. ${detail}`);
      } else setLoadError(`Could not load the project: ${String(error)}`);
    } finally {
      setLoaded(true);
    }
  };
  useEffect(() => {
    void reload();
  }, []);
  const setEnv = (next: Environment) => {
    localStorage.setItem(ENV_KEY, next);
    setEnvState(next);
  };

  const panel: Panel = useMemo(() => {
    const current = (which: Environment) => releases.find((r) => r.environments.includes(which))?.version ?? 0;
    // Releases record no history of where they were shown: a flow counts as released to an
    // environment before when a release older than the one it shows now had it.
    const releasedBefore = (flowId: string, which: Environment) => releases.some((r) => r.version < current(which) && r.flowIds.includes(flowId));
    return {
      repo, connection, server, flows, milestones, experiments, env, setEnv, live, releases, loadError, reload,
      statusOf: (flow: Flow, which: Environment = env) => flowStatus(flow, live[which], releasedBefore(flow.id, which)),
    };
  }, [flows, milestones, experiments, live, releases, env, loadError]);

  return (
    <PanelContext.Provider value={panel}>
      <ToastProvider>
        <div class="panel">
          <Header onOpen={setMenuView} />
          {menuView ? (
            <main class="panel-main" aria-label={MENU_TITLES[menuView]}>
              <div class="panel-subhead">
                <Button variant="ghost" size="sm" icon={ArrowLeft} onClick={() => setMenuView(null)}>Back</Button>
                <h2 class="panel-subhead__title">{MENU_TITLES[menuView]}</h2>
              </div>
              {menuView === 'releases' ? <ReleasesView /> : null}
              {menuView === 'bundle' ? <BundleView /> : null}
              {menuView === 'server' ? <ServerSection server={server} /> : null}
              {menuView === 'sites' ? <SitesView /> : null}
            </main>
          ) : (
            <>
              <nav class="panel-nav" aria-label="Builder">
                <Tabs label="Builder" value={tab} tabs={TABS} onChange={setTab} />
              </nav>
              <main class="panel-main">
                {tab === 'flows' ? <FlowsView loaded={loaded} /> : null}
                {tab === 'milestones' ? <MilestonesView /> : null}
                {tab === 'experiments' ? <ExperimentsView /> : null}
                {tab === 'health' ? <HealthView /> : null}
              </main>
            </>
          )}
          <Diagnostics />
        </div>
      </ToastProvider>
    </PanelContext.Provider>
  );
}
