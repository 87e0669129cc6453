import type { Button } from '../../../shared/schema/action.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { ActionEditor } from './ActionEditor.tsx';
import { SelectField, TextField } from './fields.tsx';

const STYLES = [['primary', 'Primary'], ['secondary', 'Secondary'], ['link', 'Link']] as const;

/** The step's buttons; without any, the SDK shows Back/Next/Done (tours) or "Got it". */
export function ButtonsEditor({ buttons, max, stepIds, onCommit }: { buttons: Button[] | undefined; max: number; stepIds: string[]; onCommit: (buttons: Button[] | undefined, note: string) => void }) {
  const list = buttons ?? [];
  const update = (i: number, next: Button, note: string) => onCommit(list.map((b, j) => (j === i ? next : b)), note);
  return (
    <div class="buttons-editor">
      {list.length === 0 ? <p class="hint">Default buttons (Back / Next / Done).</p> : null}
      {list.map((button, i) => (
        <fieldset key={button.id} class="button-item">
          <legend>Button {i + 1}</legend>
          <TextField label="Button label" value={button.label} onCommit={(label) => update(i, { ...button, label }, 'Edited button label')} />
          <SelectField label="Button style" value={button.style ?? 'primary'} options={STYLES} onCommit={(style) => update(i, { ...button, style }, 'Edited button style')} />
          <ActionEditor label="Button action" action={button.action} stepIds={stepIds} onCommit={(action) => action && update(i, { ...button, action }, 'Edited button action')} />
          <button type="button" onClick={() => onCommit(list.length > 1 ? list.filter((_, j) => j !== i) : undefined, 'Removed button')}>Remove button</button>
        </fieldset>
      ))}
      {list.length < max ? (
        <button type="button" onClick={() => onCommit([...list, { id: uniqueId('button', list.map((b) => b.id)), label: 'Next', style: 'primary', action: { type: 'next' } }], 'Added button')}>Add button</button>
      ) : null}
    </div>
  );
}
