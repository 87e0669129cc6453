import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { ExperimentSettings, FlowRecord, FlowRepository } from '../storage/FlowRepository.ts';
import { ExperimentsView } from './ExperimentsView.tsx';
import type { Connection } from '../dashboard/AnalyticsClient.ts';
import { ServerSection } from './ServerSection.tsx';
import { BundleView } from './BundleView.tsx';
import { Diagnostics } from './Diagnostics.tsx';
import { FlowEditor } from './FlowEditor.tsx';
import { FlowList } from './FlowList.tsx';
import { HealthView } from './HealthView.tsx';
import { MilestonesView } from './MilestonesView.tsx';
import type { PageConnection } from './PageConnection.ts';
import { PanelContext, type Panel } from './PanelContext.ts';
import { SiteBar } from './SiteBar.tsx';

type View = 'flows' | 'milestones' | 'experiments' | 'health' | 'bundle';
const VIEWS: Array<[View, string]> = [['flows', 'Flows'], ['milestones', 'Milestones'], ['experiments', 'Experiments'], ['health', 'Page health'], ['bundle', 'Export / import']];

/** The PM's workspace in the side panel. */
export function App({ repo, connection, server = null }: { repo: FlowRepository; connection: PageConnection; server?: Connection | null }) {
  const [flows, setFlows] = useState<FlowRecord[]>([]);
  const [milestones, setMilestones] = useState<Milestone[]>([]);
  const [experiments, setExperiments] = useState<ExperimentSettings>({ experiments: [] });
  const [view, setView] = useState<View>('flows');
  const [open, setOpen] = useState<{ record: FlowRecord; startRecording: boolean } | null>(null);
  const reload = async () => {
    const [f, m, e] = await Promise.all([repo.listFlows(), repo.listMilestones(), repo.getExperiments()]);
    setFlows(f);
    setMilestones(m);
    setExperiments(e);
  };
  useEffect(() => {
    void reload();
  }, []);
  const panel: Panel = useMemo(() => ({ repo, connection, flows, milestones, experiments, reload }), [flows, milestones, experiments]);
  return (
    <PanelContext.Provider value={panel}>
      <SiteBar />
      <nav class="tabs" role="tablist" aria-label="Builder">
        {VIEWS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={view === id} onClick={() => setView(id)}>{label}</button>
        ))}
        <a class="dashboard-link" href="/dashboard.html" target="_blank" rel="noopener">Analytics dashboard ↗</a>
      </nav>
      <main>
        {view === 'flows' ? (
          open ? (
            <FlowEditor key={open.record.flow.id} initial={open.record} startRecording={open.startRecording} onClose={() => setOpen(null)} />
          ) : (
            <FlowList onOpen={(record, options) => setOpen({ record, startRecording: options?.record === true })} />
          )
        ) : null}
        {view === 'milestones' ? <MilestonesView /> : null}
        {view === 'experiments' ? <ExperimentsView /> : null}
        {view === 'health' ? <HealthView /> : null}
        {view === 'bundle' ? (
          <>
            <BundleView />
            <ServerSection server={server} />
          </>
        ) : null}
      </main>
      <Diagnostics />
    </PanelContext.Provider>
  );
}
