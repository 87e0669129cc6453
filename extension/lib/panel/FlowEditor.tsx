import { useEffect, useRef, useState } from 'preact/hooks';
import type { ContentEvent } from '../../../shared/messages/contentEvent.ts';
import { stepTypesByKind, type Flow } from '../../../shared/schema/flow.ts';
import { parseFlow } from '../../../shared/schema/parse.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { bundleWithFlow } from '../flows/bundleWithFlow.ts';
import { moveItem } from '../flows/moveItem.ts';
import { newStep } from '../flows/newStep.ts';
import { recordedStep } from '../flows/recordedStep.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { flowState, type FlowRecord } from '../storage/FlowRepository.ts';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { TextField } from './fields.tsx';
import { HistoryView } from './HistoryView.tsx';
import { LocalesEditor } from './LocalesEditor.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { produce } from './produce.ts';
import { SettingsEditor } from './SettingsEditor.tsx';
import { StepEditor } from './StepEditor.tsx';
import { StepList } from './StepList.tsx';
import { ThemeEditor } from './ThemeEditor.tsx';

type Tab = 'steps' | 'settings' | 'checklist' | 'translations' | 'theme' | 'history';
const STATE_NAMES = { draft: 'Draft', published: 'Published', changed: 'Published · changed' } as const;
const TYPE_NAMES: Record<Step['type'], string> = { tooltip: 'Tooltip', modal: 'Modal', bar: 'Bar', hotspot: 'Hotspot', survey: 'Survey' };

/** One flow: its steps, settings, checklist, translations, theme and save history, saved on every change. */
export function FlowEditor({ initial, onClose, startRecording }: { initial: FlowRecord; onClose: () => void; startRecording?: boolean }) {
  const { repo, connection, reload, milestones } = usePanel();
  const { tabId, previewProblem, recording } = useConnectionState();
  const [record, setRecord] = useState(initial);
  const [tab, setTab] = useState<Tab>(initial.flow.kind === 'checklist' ? 'checklist' : 'steps');
  const [selected, setSelected] = useState(0);
  const [message, setMessage] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const latest = useRef(initial.flow);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const flow = record.flow;

  /**
   * Every change is one save; saves run one after another. The change shows at once (the editor
   * re-renders before the next input event), so the next edit is made on the latest document even
   * while earlier saves are still being written.
   */
  const edit = (note: string, mutate: (draft: Flow) => void) => {
    const next = produce(latest.current, mutate);
    latest.current = next;
    setRecord((r) => ({ ...r, flow: next }));
    queue.current = queue.current.then(async () => {
      const saved = await repo.saveFlow(next, note);
      setRecord(latest.current === next ? saved : { ...saved, flow: latest.current });
      await reload();
    }).catch(async (error: unknown) => {
      setMessage(`Could not save: ${String(error)}`);
      const stored = await repo.getFlow(flow.id);
      if (stored) {
        latest.current = stored.flow;
        setRecord(stored);
      }
    });
  };

  const apply = (saved: FlowRecord | undefined, note: string) => {
    if (!saved) return setMessage('Nothing to undo.');
    latest.current = saved.flow;
    setRecord(saved);
    setSelected((s) => Math.min(s, Math.max(0, saved.flow.steps.length - 1)));
    setMessage(note);
    void reload();
  };
  const undo = () => {
    queue.current = queue.current.then(async () => apply(await repo.undo(flow.id), 'Undone.'));
  };
  const restore = (revision: number) => {
    queue.current = queue.current.then(async () => apply(await repo.restore(flow.id, revision), `Restored save ${revision}.`));
  };

  useEffect(() => connection.onEvent((event: ContentEvent) => {
    if (event.type !== 'record.click') return;
    edit('Recorded a click', (f) => {
      f.steps.push(recordedStep(event.element, f.steps.map((s) => s.id)));
    });
  }), [connection]);

  const validation = parseFlow(flow);
  const allowed = stepTypesByKind[flow.kind];
  const preview = async () => {
    if (!validation.ok) return setMessage('Fix the problems below to preview.');
    const reply = await connection.send({ type: 'preview.show', flow: validation.value, stepIndex: selected });
    setMessage(reply.type === 'error' ? reply.message : '');
  };
  /** Publishes this flow alone: the live release with this flow's draft in it, nothing else changed. */
  const publishThis = () => {
    queue.current = queue.current.then(async () => {
      const draft = parseFlow(latest.current);
      if (!draft.ok) return setMessage('Fix the problems below to publish.');
      const bundle = bundleWithFlow(await repo.liveBundle(), draft.value, milestones);
      if (!bundle.ok) return setMessage(`Cannot publish: ${bundle.errors.join('; ')}`);
      const published = await repo.publish(bundle.value, `Published ${draft.value.name}`, [draft.value.id]);
      const saved = await repo.getFlow(draft.value.id);
      if (saved) {
        latest.current = saved.flow;
        setRecord(saved);
      }
      setMessage(`Published release ${published.release} with this flow; other flows are unchanged.`);
      await reload();
    }).catch((error: unknown) => setMessage(`Could not publish: ${String(error)}`));
  };

  const toggleRecording = async () => {
    const next = !recording;
    const reply = await connection.send({ type: next ? 'record.start' : 'record.stop' });
    if (reply.type === 'error') return setMessage(reply.message);
    connection.setRecording(next);
  };

  useEffect(() => {
    if (startRecording) void toggleRecording();
  }, []);

  const tabs: Array<[Tab, string]> = [
    ['steps', 'Steps'],
    ['settings', 'Settings'],
    ...(flow.kind === 'checklist' ? [['checklist', 'Checklist'] as [Tab, string]] : []),
    ['translations', 'Translations'],
    ['theme', 'Theme'],
    ['history', 'History'],
  ];

  return (
    <div class="flow-editor" aria-label={`Editing ${flow.name}`}>
      <div class="editor-header">
        <button type="button" onClick={onClose}>← All flows</button>
        <span class="badge">{flow.kind}</span>
        <span class="badge" data-flow-state>{STATE_NAMES[flowState(record)]}</span>
        <span class="spacer" />
        <button type="button" onClick={undo}>Undo</button>
        <button type="button" disabled={!validation.ok} onClick={publishThis}>Publish this flow</button>
        <button type="button" disabled={tabId === null} onClick={() => void preview()}>Preview</button>
        <button type="button" disabled={tabId === null} onClick={() => void connection.send({ type: 'preview.stop' })}>Stop preview</button>
      </div>
      <TextField label="Flow name" value={flow.name} onCommit={(name) => edit('Renamed', (f) => {
        f.name = name;
      })} />
      {message ? <p class="message" role="status">{message}</p> : null}
      {previewProblem ? <p class="warning" role="alert" data-preview-problem>{previewProblem}</p> : null}
      {!validation.ok ? (
        <details class="problems" open>
          <summary>{validation.errors.length} problem{validation.errors.length > 1 ? 's' : ''} to fix before previewing or publishing</summary>
          <ul>{validation.errors.map((e) => <li key={e}><code>{e}</code></li>)}</ul>
        </details>
      ) : null}
      <div role="tablist" aria-label="Flow sections" class="tabs">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} onClick={() => setTab(id)}>{label}</button>
        ))}
      </div>
      {tab === 'steps' ? (
        <div class="steps-tab">
          {flow.kind === 'checklist' ? <p class="hint">A checklist has no steps; edit its items in the Checklist tab.</p> : null}
          <StepList
            steps={flow.steps}
            selected={selected}
            actions={{
              select: setSelected,
              move: (from, to) => {
                edit(`Moved step ${from + 1} to ${to + 1}`, (f) => {
                  f.steps = moveItem(f.steps, from, to);
                });
                setSelected(to);
              },
              duplicate: (i) => {
                edit(`Duplicated step ${i + 1}`, (f) => {
                  const copy = structuredClone(f.steps[i]!);
                  copy.id = uniqueId(`${copy.id}-copy`, f.steps.map((s) => s.id));
                  f.steps.splice(i + 1, 0, copy);
                });
                setSelected(i + 1);
              },
              remove: (i) => {
                edit(`Deleted step ${i + 1}`, (f) => {
                  f.steps.splice(i, 1);
                });
                setSelected(Math.max(0, Math.min(selected, flow.steps.length - 2)));
              },
            }}
          />
          {allowed.length && !(flow.kind === 'announcement' && flow.steps.length >= 1) ? (
            <div class="row add-step">
              {allowed.map((type) => (
                <button key={type} type="button" onClick={() => {
                  edit(`Added a ${type} step`, (f) => {
                    f.steps.push(newStep(type, f.steps.map((s) => s.id)));
                  });
                  setSelected(flow.steps.length);
                }}>Add {TYPE_NAMES[type].toLowerCase()} step</button>
              ))}
              {flow.kind === 'tour' ? (
                <button type="button" aria-pressed={recording} disabled={tabId === null} onClick={() => void toggleRecording()}>{recording ? 'Stop recording' : 'Record clicks'}</button>
              ) : null}
            </div>
          ) : null}
          {flow.steps[selected] ? (
            <StepEditor key={flow.steps[selected]!.id} flow={flow} index={selected} onChange={(note, change) => {
              const id = flow.steps[selected]!.id;
              edit(note, (f) => {
                const at = f.steps.findIndex((s) => s.id === id);
                if (at >= 0) f.steps[at] = change(f.steps[at]!);
              });
            }} />
          ) : null}
        </div>
      ) : null}
      {tab === 'settings' ? <SettingsEditor flow={flow} edit={edit} /> : null}
      {tab === 'checklist' && flow.checklist ? <ChecklistEditor checklist={flow.checklist} onCommit={(checklist, note) => edit(note, (f) => {
        f.checklist = checklist;
      })} /> : null}
      {tab === 'translations' ? <LocalesEditor flow={flow} edit={edit} /> : null}
      {tab === 'theme' ? <ThemeEditor theme={flow.theme} onCommit={(theme, note) => edit(`Theme: ${note}`, (f) => {
        if (theme) f.theme = theme;
        else delete f.theme;
      })} /> : null}
      {tab === 'history' ? <HistoryView flowId={flow.id} revision={record.revision} onRestore={restore} /> : null}
      <div class="danger-zone">
        {confirmDelete ? (
          <>
            <button type="button" class="danger" onClick={() => void repo.deleteFlow(flow.id).then(reload).then(onClose)}>Confirm: delete this flow</button>
            <button type="button" onClick={() => setConfirmDelete(false)}>Keep it</button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirmDelete(true)}>Delete flow</button>
        )}
      </div>
    </div>
  );
}
