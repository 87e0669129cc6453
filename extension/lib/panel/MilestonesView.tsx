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
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Field } from '../ui/Field.tsx';
import { Activity, Flag, Globe, MousePointerClick } from '../ui/icons.ts';

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
      <p class="wm-muted">Milestones are the moments that mean a user got value (“Chatbot connected”). Checklist items, flow goals and A/B tests count them.</p>
      <Card>
        <form class="wm-stack" aria-label="New milestone" onSubmit={(e) => e.preventDefault()}>
          <h3 class="wm-card__title">New milestone</h3>
          <div class="wm-row">
            <Field id="milestone-name" label="Name">
              <input id="milestone-name" class="wm-input" aria-label="Milestone name" placeholder="e.g. Chatbot connected" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            </Field>
            <Field id="milestone-stage" label="Stage">
              <select id="milestone-stage" class="wm-select" aria-label="Journey stage" value={stage} onChange={(e) => setStage((e.currentTarget as HTMLSelectElement).value as JourneyStage)}>
                {STAGES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
              </select>
            </Field>
          </div>
          <span class="wm-field__label">Reached when users…</span>
          <div class="wm-row">
            <Button size="sm" icon={MousePointerClick} disabled={tabId === null || picking} onClick={() => void fromElement()}>{picking ? 'Click the element on the page…' : 'From a clicked element'}</Button>
            <Button size="sm" icon={Globe} disabled={!pageUrl} onClick={() => pageUrl && void save({ type: 'url', rule: suggestPageRules(pageUrl).exact })}>From the current page</Button>
          </div>
          <div class="wm-row wm-row--center">
            <input class="wm-input panel-grow milestone-event" aria-label="Event name" list="seen-events" placeholder="…or an event your app tracks, e.g. integration_connected" value={eventName} onInput={(e) => setEventName((e.currentTarget as HTMLInputElement).value)} />
            <datalist id="seen-events">{seenEvents.map((n) => <option key={n} value={n} />)}</datalist>
            <Button size="sm" icon={Activity} disabled={!eventName.trim()} onClick={() => void save({ type: 'event', name: eventName.trim() })}>From an event</Button>
          </div>
          {error ? <p class="error" role="alert">{error}</p> : null}
        </form>
      </Card>
      {milestones.length === 0 ? <EmptyState icon={Flag} title="No milestones yet">Add the moments that mean users got value; templates add theirs too.</EmptyState> : null}
      <ul class="milestone-list" aria-label="Milestones">
        {milestones.map((m) => (
          <li key={m.id} data-milestone={m.id}>
            <div class="milestone-row">
              <div class="panel-grow">
                <strong>{m.name}</strong> <span class="wm-badge">{m.stage}</span>
                <span class="milestone-row__how"> reached by {m.reachedBy.map(describeSource).join(' or ')}</span>
              </div>
              <Button size="sm" variant="ghost" aria-label={`Edit milestone ${m.name}`} aria-expanded={editing === m.id} onClick={() => setEditing(editing === m.id ? null : m.id)}>Edit</Button>
              <Button size="sm" variant="danger-ghost" aria-label={`Delete milestone ${m.name}`} onClick={() => void repo.deleteMilestone(m.id).then(reload)}>Delete</Button>
            </div>
            {editing === m.id ? <MilestoneEditor milestone={m} onClose={() => setEditing(null)} /> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
