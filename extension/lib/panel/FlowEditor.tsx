import { useEffect, useRef, useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { ContentEvent } from '../../../shared/messages/contentEvent.ts';
import { stepTypesByKind, type Flow } from '../../../shared/schema/flow.ts';
import { parseFlow } from '../../../shared/schema/parse.ts';
import type { Step } from '../../../shared/schema/step.ts';
import { bundleWithFlow } from '../flows/bundleWithFlow.ts';
import { bundleWithoutFlow } from '../flows/bundleWithoutFlow.ts';
import { linkedFlowIds, listedFlowIds } from '../flows/linkedFlowIds.ts';
import { moveItem } from '../flows/moveItem.ts';
import { newStep } from '../flows/newStep.ts';
import { recordedStep } from '../flows/recordedStep.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { ENVIRONMENTS, type FlowRecord } from '../storage/FlowRepository.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { ArrowLeft, Eye, EyeOff, Pause, Plus, Radio, Rocket, Square, Trash2, Undo2, UserRound } from '../ui/icons.ts';
import { Menu } from '../ui/Menu.tsx';
import { InlineError, Notice } from '../ui/Notice.tsx';
import { Tabs } from '../ui/Tabs.tsx';
import { useToast } from '../ui/Toast.tsx';
import { ChecklistEditor } from './ChecklistEditor.tsx';
import { ResourceCenterEditor } from './ResourceCenterEditor.tsx';
import { TextField } from './fields.tsx';
import { HistoryView } from './HistoryView.tsx';
import { LocalesEditor } from './LocalesEditor.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';
import { PreviewAsDialog } from './PreviewAsDialog.tsx';
import { produce } from './produce.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { SettingsEditor } from './SettingsEditor.tsx';
import { ENV_NAMES, StatusBadge } from './StatusBadge.tsx';
import { StepEditor } from './StepEditor.tsx';
import { StepList, TYPE_NAMES } from './StepList.tsx';
import { ThemeEditor } from './ThemeEditor.tsx';

type Tab = 'steps' | 'settings' | 'checklist' | 'resource-center' | 'translations' | 'theme' | 'history';

/** One flow: its steps, settings, checklist, translations, theme and save history, saved on every change. */
export function FlowEditor({ initial, onClose, startRecording }: { initial: FlowRecord; onClose: () => void; startRecording?: boolean }) {
  const { repo, connection, reload, milestones, env, live, statusOf, flows } = usePanel();
  const { tabId, previewProblem, recording, previewing } = useConnectionState();
  const toast = useToast();
  const [record, setRecord] = useState(initial);
  const [tab, setTab] = useState<Tab>(initial.flow.kind === 'checklist' ? 'checklist' : initial.flow.kind === 'resource-center' ? 'resource-center' : 'steps');
  const [selected, setSelected] = useState(0);
  const [error, setError] = useState('');
  const [canUndo, setCanUndo] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [publishing, setPublishing] = useState<{ bundle: Bundle; pause: boolean; linked?: boolean } | null>(null);
  const [previewAs, setPreviewAs] = useState<Record<string, string | number | boolean> | null>(null);
  const [askingPreviewAs, setAskingPreviewAs] = useState(false);
  const [ambiguous, setAmbiguous] = useState('');
  const latest = useRef(initial.flow);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const flow = record.flow;

  useEffect(() => {
    let live = true;
    void repo.history(flow.id).then((h) => live && setCanUndo(h[0]?.undoTo !== undefined));
    return () => {
      live = false;
    };
  }, [record.revision]);

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
    }).catch(async (e: unknown) => {
      setError(`Could not save: ${String(e)}`);
      const stored = await repo.getFlow(flow.id);
      if (stored) {
        latest.current = stored.flow;
        setRecord(stored);
      }
    });
  };

  const apply = (saved: FlowRecord | undefined, note: string) => {
    if (!saved) return toast('Nothing to undo.');
    latest.current = saved.flow;
    setRecord(saved);
    setSelected((s) => Math.min(s, Math.max(0, saved.flow.steps.length - 1)));
    toast(note);
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
    const step = recordedStep(event.element, latest.current.steps.map((s) => s.id));
    edit('Recorded a click', (f) => {
      f.steps.push(step);
    });
    setSelected(latest.current.steps.length - 1);
    setAmbiguous(event.element.matches > 1 ? `Step ${latest.current.steps.length} (${step.title}) matches ${event.element.matches} elements on this page: users may see it on the wrong one. Pick a more specific element for it after recording.` : '');
  }), [connection]);

  const validation = parseFlow(flow);
  const allowed = stepTypesByKind[flow.kind];
  const preview = async (stepIndex = Math.max(0, selected)) => {
    if (!validation.ok) return setError('Fix the problems below to preview.');
    // A resource center is previewed with the flows it lists (the valid ones), as they are drafted.
    const listed = new Set(listedFlowIds(validation.value, flows.map((r) => r.flow)));
    const related = flows.filter((r) => listed.has(r.flow.id)).map((r) => parseFlow(r.flow)).flatMap((p) => (p.ok ? [p.value] : []));
    const reply = await connection.send({ type: 'preview.show', flow: validation.value, stepIndex, ...(related.length ? { related } : {}), ...(previewAs ? { asUser: { traits: previewAs } } : {}) });
    setError(reply.type === 'error' ? reply.message : '');
  };
  const stopPreview = () => void connection.send({ type: 'preview.stop' });

  /**
   * Publishes this flow: what the environment shows with this flow's draft in it, and the drafts of
   * the flows it starts that are not live as drafted (a bar's button opening a checklist); nothing
   * else changes.
   */
  const publishThis = () => {
    const draft = parseFlow(latest.current);
    if (!draft.ok) return setError('Fix the problems below to publish.');
    const others = flows.map((r) => r.flow).filter((f) => f.id !== flow.id);
    const linked = linkedFlowIds(draft.value, [draft.value, ...others]).map((id) => others.find((f) => f.id === id)).filter((f): f is Flow => f !== undefined && statusOf(f) !== 'live');
    for (const other of linked) {
      const parsed = parseFlow(other);
      if (!parsed.ok) return setError(`“${other.name}”, which this flow starts, has problems to fix first: ${parsed.errors.join('; ')}`);
    }
    const bundle = bundleWithFlow(live[env], [draft.value, ...linked], milestones);
    if (!bundle.ok) return setError(`Cannot publish: ${bundle.errors.join('; ')}`);
    setError('');
    setPublishing({ bundle: bundle.value, pause: false, linked: linked.length > 0 });
  };
  const pauseThis = () => {
    const current = live[env];
    if (current) setPublishing({ bundle: bundleWithoutFlow(current, flow.id), pause: true });
  };

  const toggleRecording = async () => {
    const next = !recording;
    const reply = await connection.send({ type: next ? 'record.start' : 'record.stop' });
    if (reply.type === 'error') return setError(reply.message);
    connection.setRecording(next);
  };
  useEffect(() => {
    if (startRecording) void toggleRecording();
  }, []);

  const tabs: Array<readonly [Tab, string]> = [
    flow.kind === 'checklist' ? ['checklist', 'Checklist'] : flow.kind === 'resource-center' ? ['resource-center', 'Resource center'] : ['steps', 'Steps'],
    ['settings', 'Settings'],
    ['translations', 'Translations'],
    ['theme', 'Theme'],
    ['history', 'History'],
  ];
  const status = statusOf(flow);
  const canAdd = allowed.length > 0 && !(flow.kind === 'announcement' && flow.steps.length >= 1);

  return (
    <div class="flow-editor wm-stack">
      <div class="editor-header">
        <IconButton icon={ArrowLeft} label="All flows" onClick={onClose} />
        <div class="editor-header__name">
          <TextField label="Flow name" value={flow.name} onCommit={(name) => edit('Renamed', (f) => {
            f.name = name;
          })} visibleLabel={<span class="wm-sr-only">Flow name</span>} />
        </div>
        {canUndo ? <IconButton icon={Undo2} label="Undo" onClick={undo} /> : null}
        <Menu
          label="Flow actions"
          items={[
            { label: 'Preview as a user…', icon: UserRound, onSelect: () => setAskingPreviewAs(true) },
            (status === 'live' || status === 'changed') && live[env] ? { label: `Pause in ${ENV_NAMES[env]}`, icon: Pause, onSelect: pauseThis } : null,
            { label: 'Delete flow', icon: Trash2, danger: true, separated: true, onSelect: () => setConfirmDelete(true) },
          ]}
        />
      </div>
      <div class="editor-status" data-flow-statuses>
        {ENVIRONMENTS.map((e) => <StatusBadge key={e} status={statusOf(flow, e)} env={e} withEnv />)}
      </div>
      {error ? <InlineError title="Something needs attention" data-editor-error>{error}</InlineError> : null}
      {previewProblem ? <Notice tone="warning" data-preview-problem>{previewProblem}</Notice> : null}
      {ambiguous ? <Notice tone="warning" data-ambiguity-warning actions={<Button size="sm" variant="ghost" onClick={() => setAmbiguous('')}>Dismiss</Button>}>{ambiguous}</Notice> : null}
      {!validation.ok ? (
        <details class="problems" open>
          <summary>{validation.errors.length} problem{validation.errors.length > 1 ? 's' : ''} to fix before previewing or publishing</summary>
          <ul>{validation.errors.map((e) => <li key={e}><code>{e}</code></li>)}</ul>
        </details>
      ) : null}
      <Tabs label="Flow sections" value={tab} tabs={tabs} onChange={setTab} />
      {tab === 'steps' ? (
        <div class="wm-stack">
          {flow.steps.length === 0 ? <p class="wm-muted">No steps yet. Add one, or record your clicks on the page: each click becomes a step.</p> : null}
          <StepList
            flow={flow}
            selected={selected}
            actions={{
              select: (i) => setSelected((s) => (s === i ? -1 : i)),
              preview: (i) => {
                setSelected(i);
                void preview(i);
              },
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
            editor={flow.steps[selected] ? (
              <StepEditor key={flow.steps[selected]!.id} flow={flow} index={selected} onChange={(note, change) => {
                const id = flow.steps[selected]!.id;
                edit(note, (f) => {
                  const at = f.steps.findIndex((s) => s.id === id);
                  if (at >= 0) f.steps[at] = change(f.steps[at]!);
                });
              }} />
            ) : null}
          />
          {canAdd ? (
            <div class="wm-row wm-row--center add-step">
              {allowed.map((type) => (
                <Button key={type} size="sm" icon={Plus} aria-label={`Add ${TYPE_NAMES[type].toLowerCase()} step`} onClick={() => {
                  edit(`Added a ${type} step`, (f) => {
                    f.steps.push(newStep(type, f.steps.map((s) => s.id)));
                  });
                  setSelected(flow.steps.length);
                }}>{TYPE_NAMES[type]}</Button>
              ))}
              {flow.kind === 'tour' ? (
                <Button size="sm" icon={recording ? Square : Radio} aria-pressed={recording} disabled={tabId === null} onClick={() => void toggleRecording()}>{recording ? 'Stop recording' : 'Record clicks'}</Button>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : null}
      {tab === 'settings' ? <SettingsEditor flow={flow} edit={edit} /> : null}
      {tab === 'checklist' && flow.checklist ? <ChecklistEditor checklist={flow.checklist} onCommit={(checklist, note) => edit(note, (f) => {
        f.checklist = checklist;
      })} /> : null}
      {tab === 'resource-center' && flow.resourceCenter ? <ResourceCenterEditor flow={flow} edit={edit} /> : null}
      {tab === 'translations' ? <LocalesEditor flow={flow} edit={edit} /> : null}
      {tab === 'theme' ? <ThemeEditor theme={flow.theme} onCommit={(theme, note) => edit(`Theme: ${note}`, (f) => {
        if (theme) f.theme = theme;
        else delete f.theme;
      })} /> : null}
      {tab === 'history' ? <HistoryView flowId={flow.id} revision={record.revision} onRestore={restore} /> : null}

      <div class="panel-footer">
        {previewing ? (
          <Button icon={EyeOff} onClick={stopPreview}>Stop preview</Button>
        ) : (
          <Button icon={Eye} disabled={tabId === null || !validation.ok} onClick={() => void preview()} title={tabId === null ? 'Open your app in a tab to preview' : undefined}>Preview</Button>
        )}
        {previewAs ? <span class="wm-small wm-muted panel-ellipsis" data-preview-as>as {Object.entries(previewAs).map(([k, v]) => `${k}: ${String(v)}`).join(', ')}</span> : null}
        <span class="panel-grow" />
        <Button variant="primary" icon={Rocket} disabled={!validation.ok || status === 'live'} onClick={publishThis}>{status === 'live' ? `Live in ${ENV_NAMES[env]}` : 'Publish'}</Button>
      </div>

      {publishing ? (
        <PublishDialog
          title={publishing.pause ? `Pause “${flow.name}” in ${ENV_NAMES[env]}` : `Publish “${flow.name}” to ${ENV_NAMES[env]}`}
          env={env}
          live={live[env]}
          next={publishing.bundle}
          confirmLabel={publishing.pause ? 'Pause it' : undefined}
          onClose={() => setPublishing(null)}
          onConfirm={async () => {
            const published = await repo.publish(publishing.bundle, env, publishing.pause ? `Paused ${flow.name}` : `Published ${flow.name}`);
            await reload();
            toast(publishing.pause ? `Paused in ${ENV_NAMES[env]} (release ${published.release}).` : `Published release ${published.release} to ${ENV_NAMES[env]} with this flow${publishing.linked ? ' and the flows it starts' : ''}; other flows are unchanged.`);
          }}
        />
      ) : null}
      {askingPreviewAs ? (
        <PreviewAsDialog
          flow={flow}
          traits={previewAs}
          onClose={() => setAskingPreviewAs(false)}
          onApply={(traits) => {
            setPreviewAs(traits);
            setAskingPreviewAs(false);
          }}
        />
      ) : null}
      {confirmDelete ? (
        <Dialog
          title={`Delete “${flow.name}”?`}
          onClose={() => setConfirmDelete(false)}
          footer={
            <>
              <Button variant="ghost" onClick={() => setConfirmDelete(false)}>Keep it</Button>
              <Button variant="danger" icon={Trash2} onClick={() => void repo.deleteFlow(flow.id).then(reload).then(onClose)}>Delete flow</Button>
            </>
          }
        >
          <p>The draft and its save history go. What is live stays live until you publish without it.</p>
        </Dialog>
      ) : null}
    </div>
  );
}
