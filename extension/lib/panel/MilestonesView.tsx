import { useState } from 'preact/hooks';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import type { Milestone } from '../../../shared/schema/milestone.ts';
import type { JourneyStage } from '../../../shared/schema/primitives.ts';
import { Milestone as MilestoneSchema } from '../../../shared/schema/milestone.ts';
import { formatIssues } from '../../../shared/schema/formatIssues.ts';
import { suggestPageRules } from '../flows/suggestPageRules.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { describeAnchor } from './AnchorField.tsx';
import { MilestoneEditor } from './MilestoneEditor.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { STAGES } from './SettingsEditor.tsx';

type Source = Milestone['reachedBy'][number];

function describeSource(source: Source): string {
  if (source.type === 'event') return `event "${source.name}"`;
  if (source.type === 'url') return `visit ${source.rule.type === 'exact' ? '' : `(${source.rule.type}) `}${source.rule.value}`;
  return `click on ${describeAnchor(source.anchor)}`;
}

/**
 * Milestones ("aha moments"): created from a clicked element (no-code event tagging), from the
 * current page, or from an event name the app tracks; each can be edited (name, stage, several sources).
 */
export function MilestonesView() {
  const { repo, milestones, reload, connection } = usePanel();
  const { pageUrl, seenEvents, tabId } = useConnectionState();
  const [name, setName] = useState('');
  const [stage, setStage] = useState<JourneyStage>('activation');
  const [eventName, setEventName] = useState('');
  const [error, setError] = useState('');
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);

  const save = async (source: Source) => {
    const label = name.trim() || (source.type === 'event' ? source.name : source.type === 'url' ? `Visited ${source.rule.value}` : `Clicked ${source.anchor.name ?? source.anchor.tag ?? 'element'}`);
    const milestone = { id: uniqueId(label, milestones.map((m) => m.id), 'milestone'), name: label.slice(0, 200), stage, reachedBy: [source] };
    const parsed = MilestoneSchema.safeParse(milestone);
    if (!parsed.success) return setError(formatIssues(parsed.error.issues).join('; '));
    setError('');
    await repo.saveMilestone(parsed.data);
    setName('');
    setEventName('');
    await reload();
  };

  const fromElement = async () => {
    setPicking(true);
    const picked: PickedElement | null = await connection.pick('milestone');
    setPicking(false);
    if (picked) await save({ type: 'click', anchor: picked.anchor });
  };

  return (
    <div class="milestones">
      <form class="new-milestone" aria-label="New milestone" onSubmit={(e) => e.preventDefault()}>
        <div class="row">
          <input aria-label="Milestone name" placeholder="e.g. Chatbot connected" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
          <select aria-label="Journey stage" value={stage} onChange={(e) => setStage((e.currentTarget as HTMLSelectElement).value as JourneyStage)}>
            {STAGES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </div>
        <div class="row">
          <button type="button" disabled={tabId === null || picking} onClick={() => void fromElement()}>{picking ? 'Click the element on the page…' : 'From a clicked element'}</button>
          <button type="button" disabled={!pageUrl} onClick={() => pageUrl && void save({ type: 'url', rule: suggestPageRules(pageUrl).exact })}>From the current page</button>
        </div>
        <div class="row">
          <input aria-label="Event name" list="seen-events" placeholder="event_name" value={eventName} onInput={(e) => setEventName((e.currentTarget as HTMLInputElement).value)} />
          <datalist id="seen-events">{seenEvents.map((n) => <option key={n} value={n} />)}</datalist>
          <button type="button" disabled={!eventName.trim()} onClick={() => void save({ type: 'event', name: eventName.trim() })}>From an event</button>
        </div>
        {error ? <p class="error" role="alert">{error}</p> : null}
      </form>
      <ul class="milestone-list" aria-label="Milestones">
        {milestones.map((m) => (
          <li key={m.id} data-milestone={m.id}>
            <strong>{m.name}</strong> <span class="badge">{m.stage}</span>
            <span class="hint"> reached by {m.reachedBy.map(describeSource).join(' or ')}</span>
            <button type="button" aria-label={`Edit milestone ${m.name}`} aria-expanded={editing === m.id} onClick={() => setEditing(editing === m.id ? null : m.id)}>Edit</button>
            <button type="button" aria-label={`Delete milestone ${m.name}`} onClick={() => void repo.deleteMilestone(m.id).then(reload)}>Delete</button>
            {editing === m.id ? <MilestoneEditor milestone={m} onClose={() => setEditing(null)} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
