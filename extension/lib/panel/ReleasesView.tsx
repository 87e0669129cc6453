import { useState } from 'preact/hooks';
import type { Bundle } from '../../../shared/schema/bundle.ts';
import type { Environment, ReleaseSummary } from '../storage/FlowRepository.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { History, RotateCcw } from '../ui/icons.ts';
import { useToast } from '../ui/Toast.tsx';
import { usePanel } from './PanelContext.ts';
import { PublishDialog } from './PublishDialog.tsx';
import { ENV_NAMES } from './StatusBadge.tsx';

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every release, newest first, with the environments showing it; any earlier one can be rolled back to (after seeing what changes). */
export function ReleasesView() {
  const { repo, releases, env, live, reload } = usePanel();
  const toast = useToast();
  const [target, setTarget] = useState<{ release: ReleaseSummary; bundle: Bundle } | null>(null);
  const open = async (release: ReleaseSummary) => {
    const bundle = await repo.releaseBundle(release.version);
    if (bundle) setTarget({ release, bundle });
  };
  if (!releases.length) return <EmptyState icon={History} title="Nothing published yet">Each publish makes a release here; you can roll an environment back to any of them.</EmptyState>;
  return (
    <div class="wm-stack">
      <p class="wm-muted">Rolling back points {ENV_NAMES[env]} at an earlier release; nothing is deleted, and publishing again moves it forward.</p>
      <ol class="panel-list" aria-label="Releases">
        {releases.map((release) => {
          const current = release.environments.includes(env);
          return (
            <li key={release.version} class="wm-card release-row" data-release={release.version}>
              <div class="release-row__body">
                <p class="release-row__title">Release {release.version}{release.environments.map((e: Environment) => <Badge key={e} tone={e === 'production' ? 'success' : 'accent'} dot>{ENV_NAMES[e]}</Badge>)}</p>
                <p class="wm-small wm-muted">{release.note ?? 'Published'} · {release.flowIds.length} flow{release.flowIds.length === 1 ? '' : 's'} · {when(release.createdAt)}</p>
              </div>
              {current ? null : <Button size="sm" icon={RotateCcw} onClick={() => void open(release)} aria-label={`Roll back ${ENV_NAMES[env]} to release ${release.version}`}>Roll back</Button>}
            </li>
          );
        })}
      </ol>
      {target ? (
        <PublishDialog
          title={`Roll ${ENV_NAMES[env]} back to release ${target.release.version}`}
          env={env}
          live={live[env]}
          next={target.bundle}
          confirmLabel="Roll back"
          onClose={() => setTarget(null)}
          onConfirm={async () => {
            await repo.rollback(env, target.release.version);
            await reload();
            toast(`${ENV_NAMES[env]} shows release ${target.release.version} again.`);
          }}
        />
      ) : null}
    </div>
  );
}
