import { useState } from 'preact/hooks';
import { FlowKind, type FlowKind as Kind } from '../../../shared/schema/flow.ts';
import { newFlow } from '../flows/newFlow.ts';
import { suggestPageRules } from '../flows/suggestPageRules.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { flowState, type FlowRecord, type FlowState } from '../storage/FlowRepository.ts';
import { useConnectionState, usePanel } from './PanelContext.ts';

const KIND_NAMES: Record<Kind, string> = { tour: 'Tour', announcement: 'Announcement bar', modal: 'Modal', checklist: 'Checklist', survey: 'Survey', hotspot: 'Hotspot' };
const STATE_NAMES: Record<FlowState, string> = { draft: 'Draft', published: 'Published', changed: 'Published · changed' };

/** All flows with search and filters by kind and state; "New" creates a draft targeted at the current page. */
export function FlowList({ onOpen }: { onOpen: (record: FlowRecord, options?: { record?: boolean }) => void }) {
  const { repo, flows, reload } = usePanel();
  const { pageUrl, tabId } = useConnectionState();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<Kind | ''>('');
  const [state, setState] = useState<'' | 'draft' | 'published'>('');
  const [newKind, setNewKind] = useState<Kind>('tour');
  const [newName, setNewName] = useState('');

  const create = async (kindToCreate: Kind, name: string, options?: { record?: boolean }) => {
    const id = uniqueId(name, flows.map((r) => r.flow.id), 'flow');
    const page = pageUrl ? suggestPageRules(pageUrl).exact : undefined;
    const record = await repo.saveFlow(newFlow(kindToCreate, id, name, page), 'Created');
    await reload();
    onOpen(record, options);
  };

  const visible = flows.filter((r) => {
    const s = flowState(r);
    if (kind && r.flow.kind !== kind) return false;
    if (state === 'draft' && s !== 'draft') return false;
    if (state === 'published' && s === 'draft') return false;
    const q = query.trim().toLowerCase();
    return !q || r.flow.name.toLowerCase().includes(q) || r.flow.id.includes(q);
  });

  return (
    <div class="flow-list">
      <form class="new-flow row" aria-label="New flow" onSubmit={(event) => {
        event.preventDefault();
        if (newName.trim()) void create(newKind, newName.trim()).then(() => setNewName(''));
      }}>
        <input aria-label="New flow name" placeholder="Name of the new flow" value={newName} onInput={(e) => setNewName((e.currentTarget as HTMLInputElement).value)} />
        <select aria-label="New flow kind" value={newKind} onChange={(e) => setNewKind((e.currentTarget as HTMLSelectElement).value as Kind)}>
          {FlowKind.options.map((k) => <option key={k} value={k}>{KIND_NAMES[k]}</option>)}
        </select>
        <button type="submit">Create flow</button>
      </form>
      <button type="button" disabled={tabId === null} onClick={() => void create('tour', 'Recorded tour', { record: true })}>Record a new tour</button>
      <div class="filters row">
        <input type="search" aria-label="Search flows" placeholder="Search flows" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        <select aria-label="Filter by kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as Kind | '')}>
          <option value="">All kinds</option>
          {FlowKind.options.map((k) => <option key={k} value={k}>{KIND_NAMES[k]}</option>)}
        </select>
        <select aria-label="Filter by state" value={state} onChange={(e) => setState((e.currentTarget as HTMLSelectElement).value as typeof state)}>
          <option value="">Draft and published</option>
          <option value="draft">Drafts</option>
          <option value="published">Published</option>
        </select>
      </div>
      {visible.length === 0 ? <p class="hint">{flows.length ? 'No flow matches.' : 'No flows yet: create one above.'}</p> : null}
      <ul class="flows" aria-label="Flows">
        {visible.map((r) => (
          <li key={r.flow.id}>
            <button type="button" class="flow-item" onClick={() => onOpen(r)}>
              <span class="flow-name">{r.flow.name}</span>
              <span class="badge">{KIND_NAMES[r.flow.kind]}</span>
              <span class="badge">{STATE_NAMES[flowState(r)]}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
