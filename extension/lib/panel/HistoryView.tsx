import { useEffect, useState } from 'preact/hooks';
import type { Revision } from '../storage/FlowRepository.ts';
import { usePanel } from './PanelContext.ts';

/** Every save of the flow, newest first; any of them can be restored. */
export function HistoryView({ flowId, revision, onRestore }: { flowId: string; revision: number; onRestore: (revision: number) => void }) {
  const { repo } = usePanel();
  const [history, setHistory] = useState<Revision[]>([]);
  useEffect(() => {
    void repo.history(flowId).then(setHistory);
  }, [flowId, revision]);
  return (
    <ol class="history" aria-label="Save history">
      {history.map((r) => (
        <li key={r.revision} data-revision={r.revision}>
          <span class="history-note">{r.revision}. {r.note}</span>
          <time dateTime={new Date(r.savedAt).toISOString()}>{new Date(r.savedAt).toLocaleTimeString()}</time>
          {r.revision === revision ? <span class="badge">current</span> : <button type="button" onClick={() => onRestore(r.revision)}>Restore save {r.revision}</button>}
        </li>
      ))}
    </ol>
  );
}
