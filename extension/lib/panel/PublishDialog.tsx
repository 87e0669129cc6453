import { useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Flow } from '../../../shared/schema/flow.ts';
import { releaseDiff } from '../flows/releaseDiff.ts';
import type { Environment } from '../storage/FlowRepository.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Rocket } from '../ui/icons.ts';
import { InlineError, Notice } from '../ui/Notice.tsx';
import { ENV_NAMES } from './StatusBadge.tsx';

function FlowNames({ title, flows, tone }: { title: string; flows: Flow[]; tone: 'success' | 'warning' | 'danger' }) {
  if (!flows.length) return null;
  return (
    <section class="diff-group" aria-label={title}>
      <h3 class="wm-section__title">{title} <Badge tone={tone}>{flows.length}</Badge></h3>
      <ul class="diff-list">{flows.map((f) => <li key={f.id}>{f.name}</li>)}</ul>
    </section>
  );
}

/**
 * What a release will change in an environment before it goes: flows added, changed and
 * removed, milestones and experiments; "Publish" sends it, errors stay in the dialog.
 */
export function PublishDialog({ title, env, live, next, confirmLabel, onConfirm, onClose }: { title: string; env: Environment; live: Bundle | undefined; next: Bundle; confirmLabel?: string; onConfirm: () => Promise<void>; onClose: () => void }) {
  const diff = releaseDiff(live, next);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const go = async () => {
    setBusy(true);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>Cancel</Button>
          <Button variant="primary" icon={Rocket} disabled={busy || diff.empty} onClick={() => void go()}>{busy ? 'Publishing…' : (confirmLabel ?? `Publish to ${ENV_NAMES[env]}`)}</Button>
        </>
      }
    >
      <div class="wm-stack" data-release-diff>
        <p class="wm-muted">Users of <strong class="panel-strong">{ENV_NAMES[env]}</strong> get this on their next page load.</p>
        {diff.empty ? <Notice tone="info">Nothing changes: {ENV_NAMES[env]} already shows exactly this.</Notice> : null}
        <FlowNames title="Added" flows={diff.added} tone="success" />
        <FlowNames title="Changed" flows={diff.changed} tone="warning" />
        <FlowNames title="Removed" flows={diff.removed} tone="danger" />
        {diff.milestonesChanged.length || diff.milestonesRemoved.length ? (
          <p class="wm-small wm-muted">Milestones: {[...diff.milestonesChanged.map((n) => `${n} (new or changed)`), ...diff.milestonesRemoved.map((n) => `${n} (removed)`)].join(', ')}.</p>
        ) : null}
        {diff.experimentsChanged ? <p class="wm-small wm-muted">Experiments or the global holdout change too.</p> : null}
        {error ? <InlineError title="Not published">{error}</InlineError> : null}
      </div>
    </Dialog>
  );
}
