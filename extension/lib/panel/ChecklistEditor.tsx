import type { Checklist, ChecklistItem } from '../../../shared/schema/checklist.ts';
import { uniqueId } from '../flows/uniqueId.ts';
import { ActionEditor } from './ActionEditor.tsx';
import { Section, SelectField, TextField } from './fields.tsx';
import { usePanel } from './PanelContext.ts';

/** Checklist title, launcher and items; each item is done when its milestone is reached and may act on click. */
export function ChecklistEditor({ checklist, onCommit }: { checklist: Checklist; onCommit: (checklist: Checklist, note: string) => void }) {
  const { milestones } = usePanel();
  const items = checklist.items;
  const setItem = (i: number, item: ChecklistItem, note: string) => onCommit({ ...checklist, items: items.map((it, j) => (j === i ? item : it)) }, note);
  const addItem = () => {
    const milestone = milestones[0];
    const title = milestone?.name ?? 'New item';
    onCommit({ ...checklist, items: [...items, { id: uniqueId(title, items.map((i) => i.id), 'item'), title, milestone: milestone?.id ?? 'milestone' }] }, 'Added checklist item');
  };
  return (
    <div class="checklist-editor">
      <TextField label="Checklist title" value={checklist.title} onCommit={(title) => onCommit({ ...checklist, title }, 'Checklist title')} />
      <TextField label="Checklist description" value={checklist.description} onCommit={(description) => onCommit({ ...checklist, description: description || undefined }, 'Checklist description')} />
      <div class="row">
        <TextField label="Launcher label" value={checklist.launcher?.label} onCommit={(label) => onCommit({ ...checklist, launcher: { ...checklist.launcher, label: label || undefined } }, 'Launcher label')} />
        <SelectField label="Launcher position" value={checklist.launcher?.position ?? 'bottom-right'} options={[['bottom-right', 'Bottom right'], ['bottom-left', 'Bottom left']] as const} onCommit={(position) => onCommit({ ...checklist, launcher: { ...checklist.launcher, position } }, 'Launcher position')} />
      </div>
      <Section title="Items">
        {milestones.length === 0 ? <p class="warning">Create milestones first (Milestones tab): each item is done when its milestone is reached.</p> : null}
        <ol class="checklist-items">
          {items.map((item, i) => (
            <li key={item.id}>
              <fieldset>
                <legend>Item {i + 1}</legend>
                <TextField label="Item title" value={item.title} onCommit={(title) => setItem(i, { ...item, title }, 'Item title')} />
                <TextField label="Item description" value={item.description} onCommit={(description) => setItem(i, { ...item, description: description || undefined }, 'Item description')} />
                <SelectField label="Done when" value={item.milestone} options={milestones.map((m) => [m.id, m.name] as const)} onCommit={(milestone) => setItem(i, { ...item, milestone }, 'Item milestone')} />
                <ActionEditor
                  label="On click"
                  action={item.action}
                  stepIds={[]}
                  none="Nothing (just shows the item)"
                  allowed={['url', 'start_flow', 'track']}
                  onCommit={(action) => {
                    const next: ChecklistItem = { ...item };
                    if (action) next.action = action;
                    else delete next.action;
                    setItem(i, next, 'Item action');
                  }}
                />
                <button type="button" onClick={() => onCommit({ ...checklist, items: items.filter((_, j) => j !== i) }, 'Removed checklist item')}>Remove item</button>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" onClick={addItem}>Add item</button>
      </Section>
    </div>
  );
}
