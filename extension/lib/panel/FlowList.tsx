import { useEffect, useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { FlowKind } from '../../../shared/schema/flow.ts';
import { brokenStepsLabel, fetchBrokenSteps, type BrokenStep } from '../dashboard/fetchBrokenSteps.ts';
import { buildBundle } from '../flows/buildBundle.ts';
import type { FlowStatus } from '../flows/flowStatus.ts';
import type { FlowRecord } from '../storage/FlowRepository.ts';
import type { Template } from '../templates/Template.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ChevronRight, Plus, Rocket, Search } from '../ui/icons.ts';
import { InlineError } from '../ui/Notice.tsx';
import { SegmentedControl } from '../ui/SegmentedControl.tsx';
import { useToast } from '../ui/Toast.tsx';
import { GetStarted } from './GetStarted.tsx';
import { usePanel } from './PanelContext.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { ServerConnectForm } from './ServerConnectForm.tsx';
import { ENV_NAMES, StatusBadge } from './StatusBadge.tsx';
import { KIND_ICONS, KIND_NAMES, TemplateGallery } from './TemplateGallery.tsx';

type Filter = 'all' | 'live' | 'draft' | 'changed';
const FILTERS: ReadonlyArray<readonly [Filter, string]> = [['all', 'All'], ['live', 'Live'], ['changed', 'Changed'], ['draft', 'Drafts']];
const matchesFilter = (status: FlowStatus, filter: Filter) => filter === 'all' || (filter === 'draft' ? status === 'draft' || status === 'paused' : status === filter);

/** All flows with their status in the chosen environment, search and filters; "Publish all" releases every draft after showing what changes. */
export function FlowList({ loaded, onOpen, onNew, onTemplate, onBlank }: { loaded: boolean; onOpen: (record: FlowRecord) => void; onNew: () => void; onTemplate: (template: Template) => void; onBlank: (kind: FlowKind) => void }) {
  const { repo, flows, milestones, experiments, env, live, statusOf, loadError, server, reload } = usePanel();
  const toast = useToast();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<FlowKind | ''>('');
  const [filter, setFilter] = useState<Filter>('all');
  const [publishing, setPublishing] = useState<Bundle | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [broken, setBroken] = useState<BrokenStep[]>([]);
  useEffect(() => {
    let current = true;
    if (server) void fetchBrokenSteps(server).then((steps) => current && setBroken(steps));
    else setBroken([]);
    return () => {
      current = false;
    };
  }, [server, live]);

  if (loadError) {
    return (
      <div class="wm-stack">
        <InlineError title="Your flows could not be loaded" data-load-error>{loadError}</InlineError>
        {server ? <ServerConnectForm initial={server} submitLabel="Reconnect" /> : null}
      </div>
    );
  }
  if (!loaded) return <p class="wm-muted" role="status">Loading your flows…</p>;
  if (flows.length === 0) return server ? (
    <div class="wm-stack">
      <EmptyState icon={Rocket} title="No flows yet">Start from a template: it asks for the few elements it needs on your page, then it is a draft you can change.</EmptyState>
      <TemplateGallery onTemplate={onTemplate} onBlank={onBlank} />
    </div>
  ) : <GetStarted onTemplate={onTemplate} onBlank={onBlank} onNew={onNew} />;

  const statuses = new Map(flows.map((r) => [r.flow.id, statusOf(r.flow)]));
  const unpublished = flows.filter((r) => statuses.get(r.flow.id) !== 'live').length;
  const visible = flows.filter((r) => {
    if (kind && r.flow.kind !== kind) return false;
    if (!matchesFilter(statuses.get(r.flow.id)!, filter)) return false;
    const q = query.trim().toLowerCase();
    return !q || r.flow.name.toLowerCase().includes(q) || r.flow.id.includes(q);
  });

  const publishAll = () => {
    const result = buildBundle(flows.map((r) => r.flow), milestones, experiments);
    if (!result.ok) return setProblems(result.errors);
    setProblems([]);
    setPublishing(result.value);
  };

  return (
    <div class="flow-list wm-stack">
      <div class="wm-row wm-row--center">
        <label class="search panel-grow">
          <Icon icon={Search} size={14} />
          <input type="search" class="wm-input" aria-label="Search flows" placeholder="Search flows" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <Button variant="primary" icon={Plus} onClick={onNew}>New flow</Button>
      </div>
      <div class="wm-row wm-row--center flow-filters">
        <SegmentedControl label="Filter by status" value={filter} options={FILTERS} onChange={setFilter} />
        <select class="wm-select flow-filters__kind" aria-label="Filter by kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as FlowKind | '')}>
          <option value="">All kinds</option>
          {(Object.keys(KIND_NAMES) as FlowKind[]).map((k) => <option key={k} value={k}>{KIND_NAMES[k]}</option>)}
        </select>
      </div>
      {visible.length === 0 ? <p class="wm-muted">No flow matches.</p> : null}
      <ul class="panel-list" aria-label="Flows">
        {visible.map((r) => (
          <li key={r.flow.id}>
            <button type="button" class="flow-row wm-card wm-card--interactive" onClick={() => onOpen(r)} data-flow={r.flow.id}>
              <span class="flow-row__icon" aria-hidden="true"><Icon icon={KIND_ICONS[r.flow.kind]} /></span>
              <span class="flow-row__body">
                <span class="flow-row__name">{r.flow.name}</span>
                <span class="flow-row__meta">
                  <span class="wm-small wm-muted">{KIND_NAMES[r.flow.kind]}{r.flow.kind === 'checklist' ? ` · ${r.flow.checklist?.items.length ?? 0} items` : ` · ${r.flow.steps.length} step${r.flow.steps.length === 1 ? '' : 's'}`}</span>
                  <StatusBadge status={statuses.get(r.flow.id)!} env={env} />
                  <BrokenStepsBadge steps={broken.filter((b) => b.env === env && b.flowId === r.flow.id)} />
                </span>
              </span>
              <Icon icon={ChevronRight} class="flow-row__chevron" />
            </button>
          </li>
        ))}
      </ul>
      {problems.length ? <InlineError title="Fix these before publishing"><ul>{problems.map((p) => <li key={p}><code>{p}</code></li>)}</ul></InlineError> : null}
      <div class="panel-footer">
        <p class="wm-small wm-muted panel-grow" data-unpublished>{unpublished ? `${unpublished} flow${unpublished === 1 ? '' : 's'} not live as drafted in ${ENV_NAMES[env]}` : `Everything is live in ${ENV_NAMES[env]}`}</p>
        <Button variant={unpublished ? 'primary' : 'secondary'} icon={Rocket} onClick={publishAll}>Publish all</Button>
      </div>
      {publishing ? (
        <PublishDialog
          title={`Publish every draft to ${ENV_NAMES[env]}`}
          env={env}
          live={live[env]}
          next={publishing}
          onClose={() => setPublishing(null)}
          onConfirm={async () => {
            const published = await repo.publish(publishing, env, 'Published every draft from the builder');
            await reload();
            toast(`Published release ${published.release} to ${ENV_NAMES[env]}.`);
          }}
        />
      ) : null}
    </div>
  );
}

/** Steps whose element production users no longer find (the server's anchor health). */
function BrokenStepsBadge({ steps }: { steps: BrokenStep[] }) {
  if (!steps.length) return null;
  const { text, title } = brokenStepsLabel(steps);
  return <Badge tone="danger" dot title={title} data-broken-steps={steps.length}>{text}</Badge>;
}
