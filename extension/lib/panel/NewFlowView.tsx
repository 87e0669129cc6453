import { useId, useState } from 'preact/hooks';
import { FlowKind, type FlowKind as Kind } from '../../../shared/schema/flow.ts';
import type { Template } from '../templates/Template.ts';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Field } from '../ui/Field.tsx';
import { ArrowLeft, Plus, Radio } from '../ui/icons.ts';
import { useConnectionState } from './PanelContext.ts';
import { KIND_NAMES, TemplateGallery } from './TemplateGallery.tsx';

/** A new flow: from a template (the usual start), blank of any kind, or recorded from clicks on the page. */
export function NewFlowView({ onTemplate, onCreate, onCancel }: { onTemplate: (template: Template) => void; onCreate: (kind: Kind, name: string, options?: { record?: boolean }) => Promise<void>; onCancel: () => void }) {
  const { tabId } = useConnectionState();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('tour');
  const nameId = useId();
  const kindId = useId();
  return (
    <div class="wm-stack">
      <div class="panel-subhead">
        <Button variant="ghost" size="sm" icon={ArrowLeft} onClick={onCancel}>All flows</Button>
        <h2 class="panel-subhead__title">New flow</h2>
      </div>
      <TemplateGallery onTemplate={onTemplate} />
      <Card>
        <form class="wm-stack" aria-label="New flow" onSubmit={(event) => {
          event.preventDefault();
          void onCreate(kind, name.trim() || `New ${KIND_NAMES[kind].toLowerCase()}`);
        }}>
          <h3 class="wm-card__title">Start blank</h3>
          <div class="wm-row">
            <Field id={nameId} label="Name">
              <input id={nameId} class="wm-input" aria-label="New flow name" placeholder="e.g. Invite your team" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            </Field>
            <Field id={kindId} label="Kind">
              <select id={kindId} class="wm-select" aria-label="New flow kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as Kind)}>
                {FlowKind.options.map((k) => <option key={k} value={k}>{KIND_NAMES[k]}</option>)}
              </select>
            </Field>
          </div>
          <div class="wm-row wm-row--center">
            <Button type="submit" variant="primary" icon={Plus}>Create flow</Button>
            <Button icon={Radio} disabled={tabId === null} onClick={() => void onCreate('tour', 'Recorded tour', { record: true })}>Record a new tour</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
