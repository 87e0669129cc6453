import { useState } from 'preact/hooks';
import { validateBundle } from '../../../shared/schema/parse.ts';
import { buildBundle } from '../flows/buildBundle.ts';
import { usePanel } from './PanelContext.ts';

/**
 * Export the project's flows and milestones as one bundle JSON (what `init({ flowsUrl })` loads),
 * import one back, and publish. Every problem is shown with its path; nothing is stored from an
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

  const publish = async () => {
    const result = buildBundle(flows.map((r) => r.flow), milestones, experiments);
    if (!result.ok) {
      setErrors(result.errors);
      return setStatus('Fix the problems below to publish.');
    }
    const published = await repo.publish(result.value);
    setErrors([]);
    setStatus(`Published release ${published.release}.`);
    await reload();
  };

  return (
    <div class="bundle">
      <div class="row">
        <button type="button" onClick={exportBundle}>Export bundle</button>
        <button type="button" onClick={() => void publish()}>Publish all</button>
      </div>
      {status ? <p role="status" class="message">{status}</p> : null}
      {errors.length ? (
        <ul class="problems" aria-label="Bundle problems">{errors.map((e) => <li key={e}><code>{e}</code></li>)}</ul>
      ) : null}
      {exported ? (
        <>
          <a href={exported.href} download="waymark.bundle.json">Download waymark.bundle.json</a>
          <textarea aria-label="Exported bundle JSON" readOnly rows={10} value={exported.json} />
        </>
      ) : null}
      <h3>Import</h3>
      <input type="file" accept="application/json,.json" aria-label="Bundle file" onChange={(e) => {
        const file = (e.currentTarget as HTMLInputElement).files?.[0];
        if (file) void file.text().then(importBundle);
      }} />
      <textarea aria-label="Bundle JSON to import" rows={6} placeholder="…or paste a bundle here" value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      <button type="button" disabled={!text.trim()} onClick={() => void importBundle(text)}>Import bundle</button>
    </div>
  );
}
