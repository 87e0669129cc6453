import { useRef, useState } from 'preact/hooks';
import { formatIssues } from '../../../shared/schema/formatIssues.ts';
import { Milestone as MilestoneSchema, type Milestone } from '../../../shared/schema/milestone.ts';
import type { JourneyStage } from '../../../shared/schema/primitives.ts';
import { pathOf } from '../flows/pathOf.ts';
import { AnchorField } from './AnchorField.tsx';
import { SelectField, TextField } from './fields.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { STAGES } from './SettingsEditor.tsx';
import { UrlRuleEditor } from './UrlRuleEditor.tsx';

type Source = Milestone['reachedBy'][number];
const SOURCE_TYPES = [['event', 'An event is tracked'], ['click', 'An element is clicked'], ['url', 'A page is visited']] as const;

/**
 * Edits an existing milestone in place (its id, which flows and checklist items point at, stays):
 * name, journey stage, and every way it is reached — several sources, each an event, a click on a
 * picked element, or a page.
 */
export function MilestoneEditor({ milestone: initial, onClose }: { milestone: Milestone; onClose: () => void }) {
  const { repo, reload, connection } = usePanel();
  const { pageUrl, seenEvents, tabId } = useConnectionState();
  const [error, setError] = useState('');
  const [picking, setPicking] = useState(false);
  // Shown at once and saved in order, so quick successive edits each start from the previous one.
  const [milestone, setMilestone] = useState(initial);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const save = (next: Milestone) => {
    const parsed = MilestoneSchema.safeParse(next);
    if (!parsed.success) return setError(formatIssues(parsed.error.issues).join('; '));
    setError('');
    setMilestone(parsed.data);
    queue.current = queue.current
      .then(async () => {
        await repo.saveMilestone(parsed.data);
        await reload();
      })
      .catch((e: unknown) => setError(`Could not save: ${String(e)}`));
  };
  const setSource = (i: number, source: Source) => void save({ ...milestone, reachedBy: milestone.reachedBy.map((s, j) => (j === i ? source : s)) });
  const addSource = (source: Source) => void save({ ...milestone, reachedBy: [...milestone.reachedBy, source] });
  const pageRule = () => ({ type: 'exact' as const, value: pageUrl ? pathOf(pageUrl) : '/' });
  const defaultSource = (type: Source['type']): Source | null =>
    type === 'event' ? { type, name: seenEvents[0] ?? 'event_name' } : type === 'url' ? { type, rule: pageRule() } : null;

  const addClick = async () => {
    setPicking(true);
    const picked = await connection.pick(`milestone:${milestone.id}`);
    setPicking(false);
    if (picked) addSource({ type: 'click', anchor: picked.anchor });
  };

  return (
    <fieldset class="milestone-editor" aria-label={`Edit milestone ${milestone.name}`}>
      <legend>Edit “{milestone.name}”</legend>
      <div class="row">
        <TextField label="Rename milestone" value={milestone.name} onCommit={(name) => void save({ ...milestone, name })} />
        <SelectField label="Stage" value={milestone.stage} options={STAGES} onCommit={(stage: JourneyStage) => void save({ ...milestone, stage })} />
      </div>
      <p class="hint">Reached when any of these happens (id <code>{milestone.id}</code>):</p>
      <ol class="sources">
        {milestone.reachedBy.map((source, i) => (
          <li key={`${i}:${source.type}`}>
            <fieldset aria-label={`Source ${i + 1}`}>
              <legend>Source {i + 1}</legend>
              <SelectField
                label={`Source ${i + 1} type`}
                value={source.type}
                options={SOURCE_TYPES}
                onCommit={(type) => {
                  if (type === source.type) return;
                  const next = defaultSource(type);
                  if (next) setSource(i, next);
                  else void connection.pick(`milestone:${milestone.id}:${i}`).then((picked) => picked && setSource(i, { type: 'click', anchor: picked.anchor }));
                }}
              />
              {source.type === 'event' ? (
                <TextField label={`Source ${i + 1} event name`} value={source.name} onCommit={(name) => setSource(i, { type: 'event', name })} hint={seenEvents.length ? `Seen on the page: ${seenEvents.join(', ')}` : undefined} />
              ) : null}
              {source.type === 'url' ? <UrlRuleEditor label={`Source ${i + 1} page`} rule={source.rule} onCommit={(rule) => setSource(i, { type: 'url', rule })} /> : null}
              {source.type === 'click' ? (
                <AnchorField label={`Source ${i + 1} element`} anchor={source.anchor} purpose={`milestone:${milestone.id}:${i}`} onPicked={(picked) => picked && setSource(i, { type: 'click', anchor: picked.anchor })} onIntent={(anchor) => setSource(i, { type: 'click', anchor })} />
              ) : null}
              <button type="button" disabled={milestone.reachedBy.length === 1} onClick={() => void save({ ...milestone, reachedBy: milestone.reachedBy.filter((_, j) => j !== i) })}>Remove source {i + 1}</button>
            </fieldset>
          </li>
        ))}
      </ol>
      <div class="row">
        <button type="button" onClick={() => addSource({ type: 'event', name: seenEvents[0] ?? 'event_name' })}>Add an event source</button>
        <button type="button" disabled={tabId === null || picking} onClick={() => void addClick()}>{picking ? 'Click the element on the page…' : 'Add a clicked element'}</button>
        <button type="button" onClick={() => addSource({ type: 'url', rule: pageRule() })}>Add a page</button>
      </div>
      {error ? <p class="error" role="alert">{error}</p> : null}
      <button type="button" onClick={onClose}>Done editing</button>
    </fieldset>
  );
}
