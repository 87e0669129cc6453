import { useState } from 'preact/hooks';
import { validateBundle } from '../../../shared/schema/parse.ts';
import { buildBundle } from '../flows/buildBundle.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Download, Upload } from '../ui/icons.ts';
import { usePanel } from './PanelContext.ts';

/**
 * Export the project's flows and milestones as one bundle JSON (what `init({ flowsUrl })` loads),
 * and import one back. Every problem is shown with its path; nothing is stored from an
 * invalid import.
 */
export function BundleView() {
  const { repo, flows, milestones, experiments, reload } = usePanel();
  const [exported, setExported] = useState<{ json: string; href: string } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');

  const exportBundle = () => {
    const result = buildBundle(flows.map((r) => r.flow), milestones, experiments);
    if (exported) URL.revokeObjectURL(exported.href);
    if (!result.ok) {
      setExported(null);
      setErrors(result.errors);
      return setStatus('The bundle has problems; fix them and export again.');
    }
    const json = `${JSON.stringify(result.value, null, 2)}\n`;
    setErrors([]);
    setExported({ json, href: URL.createObjectURL(new Blob([json], { type: 'application/json' })) });
    setStatus(`Exported ${result.value.flows.length} flows and ${result.value.milestones?.length ?? 0} milestones.`);
  };

  const importBundle = async (source: string) => {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      setErrors([`(root): not valid JSON (${String(error)})`]);
      return setStatus('Nothing was imported.');
    }
    const result = validateBundle(data);
    if (!result.ok) {
      setErrors(result.errors);
      return setStatus('Nothing was imported.');
    }
    for (const milestone of result.value.milestones ?? []) await repo.saveMilestone(milestone);
    for (const flow of result.value.flows) await repo.saveFlow(flow, 'Imported');
    if (result.value.experiments?.length || result.value.holdout) {
      const byKey = new Map(experiments.experiments.map((e) => [e.key, e]));
      for (const experiment of result.value.experiments ?? []) byKey.set(experiment.key, experiment);
      const holdout = result.value.holdout ?? experiments.holdout;
      await repo.saveExperiments({ experiments: [...byKey.values()], ...(holdout ? { holdout } : {}) });
    }
    setErrors([]);
    setText('');
    setStatus(`Imported ${result.value.flows.length} flows and ${result.value.milestones?.length ?? 0} milestones.`);
    await reload();
  };

  return (
    <div class="wm-stack bundle">
      <Card>
        <div class="wm-stack">
          <div class="wm-stack wm-stack--tight">
            <h3 class="wm-card__title">Export</h3>
            <p class="wm-small wm-muted">One JSON file with every flow, milestone and experiment, for git or for <code>init({'{'} flowsUrl {'}'})</code>.</p>
          </div>
          <div><Button icon={Download} onClick={exportBundle}>Export bundle</Button></div>
          {exported ? (
            <>
              <a href={exported.href} download="waymark.bundle.json">Download waymark.bundle.json</a>
              <textarea class="wm-textarea wm-textarea--code" aria-label="Exported bundle JSON" readOnly rows={8} value={exported.json} />
            </>
          ) : null}
        </div>
      </Card>
      {status ? <p role="status" class="wm-notice wm-notice--info" data-bundle-status>{status}</p> : null}
      {errors.length ? (
        <ul class="problems" aria-label="Bundle problems">{errors.map((e) => <li key={e}><code>{e}</code></li>)}</ul>
      ) : null}
      <Card>
        <div class="wm-stack">
          <div class="wm-stack wm-stack--tight">
            <h3 class="wm-card__title">Import</h3>
            <p class="wm-small wm-muted">Checked completely first: an invalid bundle changes nothing, and each problem names where it is.</p>
          </div>
          <input type="file" accept="application/json,.json" aria-label="Bundle file" onChange={(e) => {
            const file = (e.currentTarget as HTMLInputElement).files?.[0];
            if (file) void file.text().then(importBundle);
          }} />
          <textarea class="wm-textarea wm-textarea--code" aria-label="Bundle JSON to import" rows={5} placeholder="…or paste a bundle here" value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
          <div><Button icon={Upload} disabled={!text.trim()} onClick={() => void importBundle(text)}>Import bundle</Button></div>
        </div>
      </Card>
    </div>
  );
}
