import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { ExperimentSettings, FlowRecord, FlowRepository } from '../storage/FlowRepository.ts';
import type { ConnectionState, PageConnection } from './PageConnection.ts';

/** What every part of the side panel shares: the storage backend, the page link and project data. */
export interface Panel {
  repo: FlowRepository;
  connection: PageConnection;
  flows: FlowRecord[];
  milestones: Milestone[];
  experiments: ExperimentSettings;
  /** Re-reads flows, milestones and experiments from the repository. */
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
