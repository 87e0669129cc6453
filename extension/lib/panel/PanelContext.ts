import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { Connection } from '../dashboard/AnalyticsClient.ts';
import type { FlowStatus } from '../flows/flowStatus.ts';
import type { Environment, ExperimentSettings, FlowRecord, FlowRepository, ReleaseSummary } from '../storage/FlowRepository.ts';
import type { ConnectionState, PageConnection } from './PageConnection.ts';

/** What every part of the side panel shares: the storage backend, the page link and project data. */
export interface Panel {
  repo: FlowRepository;
  connection: PageConnection;
  /** The team server the panel works with, or null in this browser only. */
  server: Connection | null;
  flows: FlowRecord[];
  milestones: Milestone[];
  experiments: ExperimentSettings;
  /** The environment publishing, statuses and rollbacks are about. */
  env: Environment;
  setEnv: (env: Environment) => void;
  /** What each environment shows now. */
  live: Partial<Record<Environment, Bundle>>;
  releases: ReleaseSummary[];
  /** A flow's status in an environment (the selected one by default). */
  statusOf: (flow: Flow, env?: Environment) => FlowStatus;
  /** Why the project could not be loaded (a refused key, a server down), or null. */
  loadError: string | null;
  /** Re-reads flows, milestones, experiments and releases from the repository. */
  reload: () => Promise<void>;
}

export const PanelContext = createContext<Panel | null>(null);

export function usePanel(): Panel {
  const panel = useContext(PanelContext);
  if (!panel) throw new Error('usePanel outside PanelContext');
  return panel;
}

export function useConnectionState(): ConnectionState {
  const { connection } = usePanel();
  const [state, setState] = useState(connection.state);
  useEffect(() => connection.subscribe(setState), [connection]);
  return state;
}
