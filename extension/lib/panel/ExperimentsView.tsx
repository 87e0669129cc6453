import { useEffect, useState } from 'preact/hooks';
import { AnalyticsClient } from '../dashboard/AnalyticsClient.ts';
import { measuredBaseline, type MeasuredBaseline } from '../flows/measuredBaseline.ts';
import { Experiment as ExperimentSchema, Holdout as HoldoutSchema, type Experiment } from '../../../shared/schema/experiment.ts';
import { formatIssues } from '../../../shared/schema/formatIssues.ts';
import { sampleSizePerArm } from '../../../shared/stats/sampleSizePerArm.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import type { ExperimentSettings } from '../storage/FlowRepository.ts';
import { CheckboxField, NumberField, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Field } from '../ui/Field.tsx';
import { FlaskConical } from '../ui/icons.ts';

const STATUSES = [['draft', 'Draft (not running)'], ['running', 'Running'], ['stopped', 'Stopped (everyone sees the flows)']] as const;
const CONTROL = '';

const randomSeed = () => Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A/B tests of flows against a goal milestone: arms are "no flow" (control) or a flow, with
 * weights, coverage, an attribution window, and the project's optional global holdout. Every
 * change is validated with the shared schema before it is saved; problems name their path.
 */
export function ExperimentsView() {
  const { repo, flows, milestones, experiments: settings, reload } = usePanel();
  const [flowId, setFlowId] = useState('');
  const [goal, setGoal] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const flowOptions = flows.map((r) => [r.flow.id, r.flow.name] as const);
  const goalOptions = milestones.map((m) => [m.id, m.name] as const);

  const save = async (next: ExperimentSettings) => {
    const errors = next.experiments.flatMap((experiment, index) => {
      const parsed = ExperimentSchema.safeParse(experiment);
      return parsed.success ? [] : formatIssues(parsed.error.issues).map((e) => `experiments[${index}].${e}`);
    });
    if (next.holdout) {
      const parsed = HoldoutSchema.safeParse(next.holdout);
      if (!parsed.success) errors.push(...formatIssues(parsed.error.issues).map((e) => `holdout.${e}`));
    }
    setProblems(errors);
    if (errors.length) return;
    await repo.saveExperiments(next);
    await reload();
  };
  const update = (index: number, change: Partial<Experiment>) =>
    save({ ...settings, experiments: settings.experiments.map((e, i) => (i === index ? { ...e, ...change } : e)) });

  const create = () => {
    const flow = flows.find((r) => r.flow.id === flowId)?.flow;
    if (!flow || !goal) return setProblems(['Choose the flow to test and the goal milestone.']);
    const key = uniqueId(`${flow.name} test`, settings.experiments.map((e) => e.key), 'experiment');
    const experiment: Experiment = {
      key,
      name: `${flow.name}: does it move ${milestones.find((m) => m.id === goal)?.name ?? goal}?`.slice(0, 200),
      seed: randomSeed(),
      variants: [{ key: 'control', flowId: null, weight: 1 }, { key: flow.id, flowId: flow.id, weight: 1 }],
      goal,
      attributionDays: 14,
      status: 'draft',
    };
    void save({ ...settings, experiments: [...settings.experiments, experiment] });
  };

  return (
    <div class="experiments">
      <p class="wm-muted">
        Show a flow to part of your users and compare how many reach a milestone. Users keep their arm; the control arm sees
        nothing and is counted the moment the flow would have shown. Publish to start.
      </p>
      <Card>
        <form class="wm-stack" aria-label="New experiment" onSubmit={(e) => { e.preventDefault(); create(); }}>
          <h3 class="wm-card__title">New A/B test</h3>
          <div class="wm-row">
            <Field id="experiment-flow" label="Flow to test">
              <select id="experiment-flow" class="wm-select" value={flowId} onChange={(e) => setFlowId((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">Choose a flow…</option>
                {flowOptions.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
              </select>
            </Field>
            <Field id="experiment-goal" label="Goal milestone">
              <select id="experiment-goal" class="wm-select" value={goal} onChange={(e) => setGoal((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">Choose a milestone…</option>
                {goalOptions.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
              </select>
            </Field>
          </div>
          <div><Button type="submit" variant="primary" icon={FlaskConical}>New experiment</Button></div>
        </form>
      </Card>
      {problems.length ? <ul class="problems" role="alert" aria-label="Experiment problems">{problems.map((p) => <li key={p}><code>{p}</code></li>)}</ul> : null}
      <ul class="experiment-list" aria-label="Experiments">
        {settings.experiments.map((experiment, index) => (
          <li key={experiment.key} class="experiment" aria-label={experiment.name ?? experiment.key}>
            <ExperimentEditor
              experiment={experiment}
              flowOptions={flowOptions}
              goalOptions={goalOptions}
              onChange={(change) => void update(index, change)}
              onDelete={() => void save({ ...settings, experiments: settings.experiments.filter((_, i) => i !== index) })}
            />
          </li>
        ))}
      </ul>
      <HoldoutEditor settings={settings} onSave={(next) => void save(next)} />
    </div>
  );
}

function ExperimentEditor({ experiment, flowOptions, goalOptions, onChange, onDelete }: {
  experiment: Experiment;
  flowOptions: ReadonlyArray<readonly [string, string]>;
  goalOptions: ReadonlyArray<readonly [string, string]>;
  onChange: (change: Partial<Experiment>) => void;
  onDelete: () => void;
}) {
  const setVariant = (index: number, change: Partial<Experiment['variants'][number]>) =>
    onChange({ variants: experiment.variants.map((v, i) => (i === index ? { ...v, ...change } : v)) });
  const totalWeight = experiment.variants.reduce((sum, v) => sum + v.weight, 0);
  return (
    <>
      <TextField label="Name" value={experiment.name} onCommit={(name) => onChange({ name })} />
      <SelectField label="Status" value={experiment.status ?? 'running'} options={STATUSES} onCommit={(status) => onChange({ status })} />
      <SelectField label="Goal milestone" value={experiment.goal} options={goalOptions} onCommit={(goal) => onChange({ goal })} />
      <NumberField label="Attribution window (days)" value={experiment.attributionDays} min={1} max={365} onCommit={(days) => onChange({ attributionDays: days ?? 14 })} />
      <NumberField label="Coverage (% of users in the experiment)" value={Math.round((experiment.coverage ?? 1) * 100)} min={0} max={100} onCommit={(pct) => onChange({ coverage: (pct ?? 100) / 100 })} />
      <table class="variants" aria-label="Arms">
        <thead><tr><th scope="col">Arm</th><th scope="col">Shows</th><th scope="col">Weight</th><th scope="col">Share</th><th scope="col"><span class="sr-only">Remove</span></th></tr></thead>
        <tbody>
          {experiment.variants.map((variant, index) => (
            <tr key={index}>
              <td><input aria-label={`Arm ${index + 1} key`} value={variant.key} onChange={(e) => setVariant(index, { key: (e.currentTarget as HTMLInputElement).value })} /></td>
              <td>
                <select aria-label={`Arm ${index + 1} shows`} value={variant.flowId ?? CONTROL} onChange={(e) => { const v = (e.currentTarget as HTMLSelectElement).value; setVariant(index, { flowId: v === CONTROL ? null : v }); }}>
                  <option value={CONTROL}>No flow (control)</option>
                  {flowOptions.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
                </select>
              </td>
              <td><input aria-label={`Arm ${index + 1} weight`} type="number" min={0} value={variant.weight} onChange={(e) => setVariant(index, { weight: Number((e.currentTarget as HTMLInputElement).value) })} /></td>
              <td>{totalWeight > 0 ? `${Math.round((variant.weight / totalWeight) * 100)}%` : '—'}</td>
              <td>
                <button type="button" disabled={experiment.variants.length <= 2} aria-label={`Remove arm ${index + 1}`} onClick={() => onChange({ variants: experiment.variants.filter((_, i) => i !== index) })}>✕</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="wm-row">
        <Button size="sm" onClick={() => onChange({ variants: [...experiment.variants, { key: `arm-${experiment.variants.length + 1}`, flowId: null, weight: 1 }] })}>Add arm</Button>
        <Button size="sm" variant="ghost" onClick={() => onChange({ seed: randomSeed(), bucketVersion: (experiment.bucketVersion ?? 1) + 1 })}>Re-randomise users</Button>
        <Button size="sm" variant="danger-ghost" onClick={onDelete}>Delete experiment</Button>
      </div>
      <SamplePlanner goal={experiment.goal} />
    </>
  );
}

/** How many users each arm needs to detect a given lift (two-sided α 0.05, power 0.8), starting from the goal's measured rate when the server has one. */
function SamplePlanner({ goal }: { goal: string }) {
  const { server, env } = usePanel();
  const [measured, setMeasured] = useState<MeasuredBaseline | null>(null);
  const [baseline, setBaseline] = useState<number | undefined>(10);
  const [target, setTarget] = useState<number | undefined>(11);
  useEffect(() => {
    if (!server) return;
    let live = true;
    void new AnalyticsClient(server).experiments({ env }).then((report) => {
      const found = measuredBaseline(report, goal);
      if (!live || !found) return;
      const pct = Math.round(found.rate * 1000) / 10;
      setMeasured(found);
      setBaseline(pct);
      setTarget(Math.min(99, Math.round(pct * 1.1 * 10) / 10));
    }).catch(() => {
      // No analytics yet (or no access to them): the planner keeps its example rates.
    });
    return () => {
      live = false;
    };
  }, [server, env, goal]);
  const valid = baseline !== undefined && target !== undefined && baseline > 0 && baseline < 100 && target > 0 && target < 100 && baseline !== target;
  return (
    <div class="planner" aria-label="Sample size planner">
      <div class="wm-row">
        <NumberField label="Goal rate today (%)" value={baseline} min={0} max={100} step={0.1} onCommit={setBaseline} />
        <NumberField label="Goal rate you hope for (%)" value={target} min={0} max={100} step={0.1} onCommit={setTarget} />
      </div>
      {measured ? <p class="wm-small wm-muted" data-measured-baseline>Measured: {(measured.rate * 100).toFixed(1)}% of {measured.users.toLocaleString('en-US')} users reach the goal today ({measured.source}).</p> : <p class="wm-small wm-muted">Example rates: once the server has measured this goal, the planner starts from its real rate.</p>}
      <p class="hint" role="status">
        {valid ? `About ${sampleSizePerArm(baseline / 100, target / 100).toLocaleString('en-US')} exposed users per arm to detect it (α 0.05, power 0.8).` : 'Enter two different rates between 0 and 100.'}
      </p>
    </div>
  );
}

function HoldoutEditor({ settings, onSave }: { settings: ExperimentSettings; onSave: (next: ExperimentSettings) => void }) {
  const { holdout } = settings;
  const without = (): ExperimentSettings => ({ experiments: settings.experiments });
  return (
    <section class="holdout" aria-label="Global holdout">
      <h3>Global holdout</h3>
      <CheckboxField
        label="Keep a share of users away from all onboarding (to measure its total effect)"
        checked={holdout !== undefined}
        onCommit={(on) => onSave(on ? { ...settings, holdout: { seed: randomSeed(), share: 0.05 } } : without())}
      />
      {holdout ? (
        <NumberField label="Holdout share (%)" value={Math.round(holdout.share * 1000) / 10} min={0} max={100} onCommit={(pct) => onSave({ ...settings, holdout: { ...holdout, share: (pct ?? 5) / 100 } })} />
      ) : null}
    </section>
  );
}
