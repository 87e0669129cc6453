import { useState } from 'preact/hooks';
import type { PickedElement } from '../../../shared/messages/contentEvent.ts';
import { validateBundle } from '../../../shared/schema/parse.ts';
import type { FlowRecord } from '../storage/FlowRepository.ts';
import type { SlotValue, Template, TemplateSlot } from '../templates/Template.ts';
import { Badge } from '../ui/Badge.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Icon } from '../ui/Icon.tsx';
import { ArrowLeft, Check, Crosshair } from '../ui/icons.ts';
import { InlineError, Notice } from '../ui/Notice.tsx';
import { useToast } from '../ui/Toast.tsx';
import { useConnectionState, usePanel } from './PanelContext.ts';

/** A slot's value in words, for the checklist of what the template still needs. */
function describeValue(value: SlotValue | undefined, names: Map<string, string>): string | null {
  if (!value) return null;
  if ('milestoneId' in value) return names.get(value.milestoneId) ?? value.milestoneId;
  return value.element.title ?? value.element.label;
}

/**
 * Applying a template: the few elements it needs, each picked on the page (or an existing
 * milestone), then "Create drafts" makes ordinary drafts, milestones and experiments.
 */
export function TemplateWizard({ template, onCancel, onCreated }: { template: Template; onCancel: () => void; onCreated: (record: FlowRecord) => void }) {
  const { repo, connection, flows, milestones, experiments, reload } = usePanel();
  const { tabId, pageUrl } = useConnectionState();
  const toast = useToast();
  const [values, setValues] = useState<Record<string, SlotValue | undefined>>({});
  const [picking, setPicking] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [warning, setWarning] = useState('');
  const names = new Map(milestones.map((m) => [m.id, m.name]));

  const pick = async (slot: TemplateSlot) => {
    setPicking(slot.key);
    const element: PickedElement | null = await connection.pick(`template:${template.id}:${slot.key}`);
    setPicking(null);
    if (!element) return;
    setValues((v) => ({ ...v, [slot.key]: { element } }));
    setWarning(element.matches > 1 ? `${element.title ?? element.label} matches ${element.matches} elements on this page: the flow may point at the wrong one. Pick a more specific element if you can.` : '');
  };
  const missing = template.slots.filter((s) => !s.optional && !values[s.key]);

  const create = async () => {
    const result = template.build(values, { pageUrl, flowIds: flows.map((r) => r.flow.id), milestones });
    const check = validateBundle({ schemaVersion: 1, flows: result.flows, milestones: [...milestones, ...result.milestones], experiments: [...experiments.experiments, ...result.experiments] });
    if (!check.ok) return setProblems(check.errors);
    for (const milestone of result.milestones) await repo.saveMilestone(milestone);
    let opened: FlowRecord | undefined;
    for (const flow of result.flows) {
      const record = await repo.saveFlow(flow, `Created from the “${template.name}” template`);
      if (flow.id === result.open) opened = record;
    }
    if (result.experiments.length) await repo.saveExperiments({ ...experiments, experiments: [...experiments.experiments, ...result.experiments] });
    await reload();
    toast(`Created ${result.flows.length === 1 ? 'a draft' : `${result.flows.length} drafts`} from “${template.name}”${result.experiments.length ? ' and an A/B test (Experiments)' : ''}.`);
    if (opened) onCreated(opened);
  };

  return (
    <div class="wm-stack" aria-label={`Template: ${template.name}`} role="region">
      <div class="panel-subhead">
        <Button variant="ghost" size="sm" icon={ArrowLeft} onClick={onCancel}>Templates</Button>
      </div>
      <div class="wm-stack wm-stack--tight">
        <h2 class="panel-title"><Icon icon={template.icon} /> {template.name}</h2>
        <p class="wm-muted">{template.description}</p>
      </div>
      {template.slots.length ? (
        <ol class="slot-list" aria-label="What the template needs">
          {template.slots.map((slot, i) => {
            const value = values[slot.key];
            const text = describeValue(value, names);
            return (
              <li key={slot.key}>
                <Card class="slot" data-slot={slot.key}>
                  <div class="slot__head">
                    <span class={`slot__number${value ? ' slot__number--done' : ''}`} aria-hidden="true">{value ? <Icon icon={Check} size={14} /> : i + 1}</span>
                    <div class="panel-grow">
                      <p class="slot__label">{slot.label}{slot.optional ? <span class="wm-muted"> · optional</span> : null}</p>
                      <p class="wm-small wm-muted">{text ? <span data-slot-value>{text}</span> : slot.help}</p>
                    </div>
                    {value && 'element' in value && value.element.matches > 1 ? <Badge tone="warning">{value.element.matches} matches</Badge> : null}
                  </div>
                  <div class="wm-row wm-row--center">
                    {picking === slot.key ? (
                      <Button size="sm" onClick={() => void connection.send({ type: 'picker.cancel' })}>Cancel picking</Button>
                    ) : (
                      <Button size="sm" variant={value || slot.optional ? 'secondary' : 'primary'} icon={Crosshair} disabled={tabId === null || picking !== null} onClick={() => void pick(slot)} aria-label={`${value ? 'Re-pick' : 'Pick'}: ${slot.label}`}>
                        {value ? 'Re-pick' : 'Pick on the page'}
                      </Button>
                    )}
                    {slot.kind === 'milestone' && milestones.length ? (
                      <select class="wm-select slot__select" aria-label={`${slot.label}: an existing milestone`} value={value && 'milestoneId' in value ? value.milestoneId : ''} onChange={(e) => {
                        const id = (e.currentTarget as HTMLSelectElement).value;
                        setValues((v) => ({ ...v, [slot.key]: id ? { milestoneId: id } : undefined }));
                      }}>
                        <option value="">or an existing milestone…</option>
                        {milestones.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                      </select>
                    ) : null}
                  </div>
                </Card>
              </li>
            );
          })}
        </ol>
      ) : <Notice tone="info">This template needs nothing from the page: it starts on the page you are on.</Notice>}
      {tabId === null && template.slots.length ? <Notice tone="warning">Open your app in a tab (and allow Waymark on it) to pick elements.</Notice> : null}
      {warning ? <Notice tone="warning" data-ambiguity-warning>{warning}</Notice> : null}
      {problems.length ? <InlineError title="The template could not be made"><ul>{problems.map((p) => <li key={p}><code>{p}</code></li>)}</ul></InlineError> : null}
      <div class="panel-footer">
        <p class="wm-small wm-muted panel-grow">{missing.length ? `Pick ${missing.length === 1 ? 'one more element' : `${missing.length} more elements`} to continue.` : 'Everything is picked: you can edit every part afterwards.'}</p>
        <Button variant="primary" disabled={missing.length > 0} onClick={() => void create().catch((error: unknown) => setProblems([`Saving the drafts failed: ${error instanceof Error ? error.message : String(error)}`]))}>Create drafts</Button>
      </div>
    </div>
  );
}
