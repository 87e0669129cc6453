import type { Button as StepButton } from '../../../shared/schema/action.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { Button } from '../ui/Button.tsx';
import { Plus, Trash2 } from '../ui/icons.ts';
import { ActionEditor } from './ActionEditor.tsx';
import { SelectField, TextField } from './fields.tsx';

const STYLES = [['primary', 'Primary'], ['secondary', 'Secondary'], ['link', 'Link']] as const;

/** The step's buttons, each a small card (label and look, then what it does); without any, the SDK shows Back/Next/Done (tours) or "Got it". */
export function ButtonsEditor({ buttons, max, stepIds, onCommit }: { buttons: StepButton[] | undefined; max: number; stepIds: string[]; onCommit: (buttons: StepButton[] | undefined, note: string) => void }) {
  const list = buttons ?? [];
  const update = (i: number, next: StepButton, note: string) => onCommit(list.map((b, j) => (j === i ? next : b)), note);
  return (
    <div class="buttons-editor wm-stack wm-stack--tight">
      {list.length === 0 ? <p class="wm-small wm-muted">The usual buttons: Back / Next / Done in a tour, “Got it” otherwise.</p> : null}
      {list.map((button, i) => (
        <div key={button.id} class="button-item" role="group" aria-label={`Button ${i + 1}`}>
          <div class="wm-row">
            <TextField label="Button label" visibleLabel={`Button ${i + 1}`} value={button.label} onCommit={(label) => update(i, { ...button, label }, 'Edited button label')} />
            <SelectField label="Button style" visibleLabel="Look" value={button.style ?? 'primary'} options={STYLES} onCommit={(style) => update(i, { ...button, style }, 'Edited button style')} />
          </div>
          <ActionEditor label="Button action" action={button.action} stepIds={stepIds} onCommit={(action) => action && update(i, { ...button, action }, 'Edited button action')} />
          <div><Button size="sm" variant="danger-ghost" icon={Trash2} onClick={() => onCommit(list.length > 1 ? list.filter((_, j) => j !== i) : undefined, 'Removed button')}>Remove button</Button></div>
        </div>
      ))}
      {list.length < max ? (
        <div><Button size="sm" icon={Plus} onClick={() => onCommit([...list, { id: uniqueId('button', list.map((b) => b.id)), label: 'Next', style: 'primary', action: { type: 'next' } }], 'Added button')}>Add button</Button></div>
      ) : null}
    </div>
  );
}
